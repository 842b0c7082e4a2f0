package org.kumkrong.statistics.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.account.Role;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.TestActors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What leaves the system: the API answers exact counts only to roles that may see them and names each bad
 * parameter; the XLSX and the monthly PDF keep their Thai and never print a small count; bad dashboard links
 * are answered with the field named, never a 500; and the public page needs no account.
 */
@KumkrongIntegrationTest
class StatisticsPublishingTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** A month of the past with only this class's facts in it: two small counts and a large one. */
	static final LocalDate DAY = LocalDate.of(2018, 3, 10);

	@Autowired
	MockMvc mvc;

	@Autowired
	FactStore store;

	@Autowired
	FactMemory memory;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@BeforeEach
	void facts() {
		if (jdbc.sql("select count(*) from statistics_fact where occurred_on = ? and indicator = 'DAYS_CASE_TO_CHARGE'")
			.param(java.sql.Date.valueOf(DAY))
			.query(Long.class).single() > 0) {
			return;
		}
		List<Fact> facts = new ArrayList<>();
		add(facts, 2, "TH-50");
		add(facts, 1, "TH-57");
		add(facts, 30, "TH-10");
		// Three durations measured in one province: too few for its median to be published.
		for (int days : new int[] { 10, 40, 70 }) {
			facts.add(new Fact(Indicator.DAYS_CASE_TO_CHARGE, DAY, Map.of(Dimension.PROVINCE, "TH-57", Dimension.OFFENCE,
					"SEXTORTION"), days, null));
		}
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> store.insertBatch(facts, 'S'));
		memory.sync();
	}

	private static void add(List<Fact> facts, int n, String province) {
		for (int i = 0; i < n; i++) {
			facts.add(new Fact(Indicator.ARRESTS, DAY, Map.of(Dimension.PROVINCE, province, Dimension.OFFENCE, "SEXTORTION"),
					null, null));
		}
	}

	static RequestPostProcessor as(Role role) {
		return TestActors.staff(UUID.randomUUID(), UUID.randomUUID(), role.permissions().toArray(Permission[]::new));
	}

	JsonNode api(String query, Role role) throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/api/v1/statistics/indicators" + query).with(as(role)))
			.andReturn().getResponse();
		return JSON.readTree(response.getContentAsString());
	}

	JsonNode row(JsonNode answer, String province) {
		for (JsonNode row : answer.get("rows")) {
			if (province.equals(row.path("province").asString(null))) {
				return row;
			}
		}
		throw new AssertionError("no row for " + province);
	}

	@Test
	void theApiSuppressesSmallCountsUnlessTheRoleMaySeeThemExactly() throws Exception {
		String query = "?indicator=ARRESTS&from=2018-03&to=2018-03&groupBy=month,province";
		JsonNode coordinator = api(query, Role.COORDINATOR);
		assertThat(coordinator.get("suppressed").asBoolean()).isTrue();
		assertThat(row(coordinator, "TH-50").get("count").isNull()).isTrue();
		assertThat(row(coordinator, "TH-50").get("display").asString()).isEqualTo("< 5");
		assertThat(row(coordinator, "TH-57").get("suppression").asString()).isEqualTo("SMALL");
		// 30 and the total 33 leave 3 for the two small provinces: 1 and 2 or 2 and 1, so neither is revealed.
		assertThat(row(coordinator, "TH-10").get("count").asLong()).isEqualTo(30);
		assertThat(coordinator.get("total").get("count").asLong()).isEqualTo(33);
		for (JsonNode row : coordinator.get("rows")) {
			if (!row.get("count").isNull()) {
				assertThat(row.get("count").asLong()).satisfiesAnyOf(v -> assertThat(v).isZero(),
						v -> assertThat(v).isGreaterThanOrEqualTo(5));
			}
		}
		JsonNode analyst = api(query, Role.DATA_ANALYST);
		assertThat(analyst.get("suppressed").asBoolean()).isFalse();
		assertThat(row(analyst, "TH-50").get("count").asLong()).isEqualTo(2);
		assertThat(row(analyst, "TH-10").get("count").asLong()).isEqualTo(30);
	}

	@Test
	void theApiNamesEveryBadParameterAndRefusesThoseWithoutTheRole() throws Exception {
		MockHttpServletResponse bad = mvc.perform(get("/api/v1/statistics/indicators?indicator=NOPE&from=2018-13&groupBy=week,colour")
			.with(as(Role.DATA_ANALYST))).andReturn().getResponse();
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentType()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(bad.getContentAsString());
		assertThat(problem.get("code").asString()).isEqualTo("KKE-4000");
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
		assertThat(fields).contains("indicator", "from", "groupBy");
		assertThat(mvc.perform(get("/api/v1/statistics/indicators?indicator=ARRESTS&groupBy=year,sex").with(as(Role.DATA_ANALYST)))
			.andReturn().getResponse().getStatus()).as("arrests are not recorded by sex").isEqualTo(400);
		assertThat(mvc.perform(get("/api/v1/statistics/indicators?indicator=ARRESTS").with(as(Role.INVESTIGATOR)))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/api/v1/statistics/indicators?indicator=ARRESTS")).andReturn().getResponse().getStatus())
			.isEqualTo(401);
		assertThat(mvc.perform(get("/statistics/dashboard").with(as(Role.INVESTIGATOR))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void everyIndicatorRendersSuppressedAndExactOnTheDashboardAndInEveryDownload() throws Exception {
		for (Indicator indicator : Indicator.values()) {
			for (Role role : new Role[] { Role.COORDINATOR, Role.DATA_ANALYST }) {
				String query = "?from=2016-01-01&to=2018-12-31&offence=SEXTORTION&indicator=" + indicator.slug();
				for (String path : new String[] { "/statistics/dashboard", "/statistics/dashboard/export.csv",
						"/statistics/dashboard/export.xlsx" }) {
					assertThat(mvc.perform(get(path + query).with(as(role))).andReturn().getResponse().getStatus())
						.as("%s%s as %s", path, query, role).isEqualTo(200);
				}
			}
		}
	}

	@Test
	void switchingLanguageKeepsTheFilters() throws Exception {
		String page = mvc.perform(get("/statistics/dashboard?province=TH-57&indicator=arrests&lang=en").with(as(Role.COORDINATOR)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("href=\"?province=TH-57&amp;indicator=arrests&amp;lang=th\"");
	}

	@Test
	void aBadDashboardLinkNamesTheFieldAndStillAnswers() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/statistics/dashboard?from=31-02-2018&province=<script>&indicator=x")
			.header("Accept-Language", "en").with(as(Role.COORDINATOR))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("Some filters could not be used").contains("From: enter a date")
			.contains("Province: choose one").contains("Indicator: choose one").doesNotContain("<script>");
		MockHttpServletResponse pdf = mvc.perform(get("/statistics/report.pdf?month=March").header("Accept-Language", "en")
			.with(as(Role.COORDINATOR))).andReturn().getResponse();
		assertThat(pdf.getStatus()).isEqualTo(400);
		assertThat(pdf.getContentAsString()).contains("Month: enter a month like 2026-10");
	}

	@Test
	void theXlsxAndTheMonthlyPdfKeepTheirThaiAndNeverPrintASmallCount() throws Exception {
		MockHttpServletResponse xlsx = mvc.perform(get("/statistics/dashboard/export.xlsx?from=2018-03-01&to=2018-03-31"
				+ "&indicator=arrests").header("Accept-Language", "th").with(as(Role.DATA_ANALYST))).andReturn().getResponse();
		assertThat(xlsx.getStatus()).isEqualTo(200);
		List<String> cells = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						cells.add(cell.toString());
					}
				}
			}
		}
		assertThat(cells).contains("เชียงใหม่", "เชียงราย", "< 5", "การจับกุม");
		assertThat(cells).contains("30.0").doesNotContain("2.0", "1.0");

		MockHttpServletResponse pdf = mvc.perform(get("/statistics/report.pdf?month=2018-03").header("Accept-Language", "th")
			.with(as(Role.COORDINATOR))).andReturn().getResponse();
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		String text;
		try (var document = Loader.loadPDF(pdf.getContentAsByteArray())) {
			// The PDF marks where Thai lines may break between words with zero-width spaces.
			text = new PDFTextStripper().getText(document).replace("\u200B", "");
		}
		assertThat(text).contains("สถิติประจำเดือน").contains("การจับกุม").contains("รายงานที่ได้รับในปีนี้ แยกตามจังหวัด").contains(" 33");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'statistics.export.pdf'").query(Long.class).single())
			.isPositive();
	}

	@Test
	void thePublicPageAndDefinitionsNeedNoAccount() throws Exception {
		MockHttpServletResponse page = mvc.perform(get("/statistics").header("Accept-Language", "en")).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("Statistics on online child sexual exploitation")
			.contains("By year");
		assertThat(mvc.perform(get("/statistics/indicators/arrests").header("Accept-Language", "th")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("การจับกุม").contains("ข้อควรระวัง");
		assertThat(mvc.perform(get("/statistics/indicators/nothing")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/statistics/dashboard")).andReturn().getResponse().getStatus()).as("staff only").isEqualTo(302);
	}

}
