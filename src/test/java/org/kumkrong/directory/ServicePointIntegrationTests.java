package org.kumkrong.directory;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.directory.internal.ServicePointRegister;
import org.kumkrong.directory.internal.ServicePointRegister.ImportResult;
import org.kumkrong.directory.internal.ServicePointRegister.Problem;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.TestActors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Service points: the CSV import reports exactly the bad lines and, by default, imports nothing until they are
 * fixed (or the good rows only, when the importer chooses so); export and re-import round-trip; an agency's
 * administrator cannot import another agency's entries; the public help page lists emergency numbers first and
 * the services of the chosen province, without an account.
 */
@KumkrongIntegrationTest
class ServicePointIntegrationTests {

	static final String HEADER = "id,agency_id,name_en,name_th,type,province,district,address,latitude,longitude,phones,"
			+ "hours,languages,min_age,max_age,sex,coverage,verified_on,verified_by,active";

	@Autowired
	ServicePointRegister points;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	/** Data row index (0-based) → how that row is broken; the CSV line is the index + 2 (the header is line 1). */
	static final Map<Integer, String> BROKEN = Map.of(7, "type", 99, "provinceCode", 150, "latitude", 301, "phones", 402, "maxAge",
			555, "coverage", 640, "verifiedOn", 777, "nameTh", 888, "agencyId", 998, "sex");

	@Test
	void importOfAThousandRowsWithTenBadOnesReportsExactlyThoseLinesAndImportsNothing() throws Exception {
		UUID agency = agencies.create("Import test agency " + suffix(), "หน่วยงานทดสอบการนำเข้า " + suffix(), "NGO", "TH-57", null);
		String csv = thousandRows(agency, true);

		long started = System.nanoTime();
		ImportResult refused = points.importCsv(new StringReader(csv), false, null);
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.println("Import check of 1000 rows (all or nothing, refused): " + millis + " ms");

		TreeSet<Integer> expected = new TreeSet<>();
		BROKEN.keySet().forEach(index -> expected.add(index + 2));
		TreeSet<Integer> reported = new TreeSet<>(refused.problems().stream().map(Problem::line).toList());
		assertThat(reported).isEqualTo(expected);
		assertThat(refused.problems()).hasSize(10);
		assertThat(refused.problems()).allSatisfy(problem -> assertThat(problem.field())
			.isEqualTo(BROKEN.get(problem.line() - 2)));
		assertThat(refused.rows()).isEqualTo(1000);
		assertThat(refused.imported()).isFalse();
		assertThat(count(agency)).as("all or nothing: nothing imported").isZero();

		// By explicit choice, the good rows go in and the bad ones are reported again.
		ImportResult partial = points.importCsv(new StringReader(csv), true, null);
		assertThat(partial.problems()).extracting(Problem::line).containsExactlyElementsOf(expected);
		assertThat(partial.created()).isEqualTo(990);
		assertThat(count(agency)).isEqualTo(990);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'directory.servicePoint.imported'",
				Integer.class)).isPositive();

		// Export (UTF-8 with BOM) and re-import: every row changes its own service point, none is added.
		StringWriter exported = new StringWriter();
		points.exportCsv(exported, agency);
		assertThat(exported.toString()).startsWith("\uFEFFid,agency_id,");
		assertThat(exported.toString()).contains("บ้านทดสอบ 0");
		started = System.nanoTime();
		ImportResult again = points.importCsv(new StringReader(exported.toString()), false, null);
		millis = (System.nanoTime() - started) / 1_000_000;
		System.out.println("Re-import of 990 exported rows (updates): " + millis + " ms");
		assertThat(again.problems()).isEmpty();
		assertThat(again.updated()).isEqualTo(990);
		assertThat(again.created()).isZero();
		assertThat(count(agency)).isEqualTo(990);
	}

	@Test
	void theFixedFileImportsEveryRow() throws Exception {
		UUID agency = agencies.create("Import fixed agency " + suffix(), "หน่วยงานทดสอบไฟล์ที่แก้แล้ว " + suffix(), "NGO", "TH-50", null);
		long started = System.nanoTime();
		ImportResult result = points.importCsv(new StringReader(thousandRows(agency, false)), false, null);
		System.out.println("Import of 1000 good rows: " + (System.nanoTime() - started) / 1_000_000 + " ms");
		assertThat(result.problems()).isEmpty();
		assertThat(result.created()).isEqualTo(1000);
		assertThat(count(agency)).isEqualTo(1000);
		assertThat(points.serving("TH-56", List.of(ServiceType.SHELTER)))
			.as("coverage: the rows cover Phayao").anyMatch(point -> point.agencyId().equals(agency));
	}

	@Test
	void formulaLikeTextIsGuardedInTheExportAndKeptOnReimport() throws Exception {
		UUID agency = agencies.create("Formula agency " + suffix(), "หน่วยงานสูตร " + suffix(), "NGO", "TH-57", null);
		// The English name is the CSV field "=HYPERLINK(""x"")", that is the text =HYPERLINK("x").
		String csv = HEADER + "\n" + row(agency, 0, "SHELTER", "TH-57").replace(",Test house 0,", ",\"=HYPERLINK(\"\"x\"\")\",")
				+ "\n";
		ImportResult result = points.importCsv(new StringReader(csv), false, null);
		assertThat(result.problems()).isEmpty();
		StringWriter exported = new StringWriter();
		points.exportCsv(exported, agency);
		assertThat(exported.toString()).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
		points.importCsv(new StringReader(exported.toString()), false, null);
		assertThat(jdbc.queryForObject("select name_en from directory_service_point where agency_id = ?", String.class, agency))
			.isEqualTo("=HYPERLINK(\"x\")");
	}

	@Test
	void aDisabledAgencysServicesAreNoLongerOffered() {
		UUID agency = agencies.create("Closing agency " + suffix(), "หน่วยงานที่ปิด " + suffix(), "NGO", "TH-58", null);
		points.save(new org.kumkrong.directory.internal.ServicePointInput(null, agency.toString(), "Closing shelter",
				"บ้านพักที่ปิด", "SHELTER", "TH-58", null, null, null, null, "053 000 999", null, null, null, null, null, null,
				null, null, "true"), null);
		assertThat(points.serving("TH-58", List.of(ServiceType.SHELTER))).anyMatch(p -> p.agencyId().equals(agency));
		jdbc.update("update directory_agency set active = false where id = ?", agency);
		assertThat(points.serving("TH-58", List.of(ServiceType.SHELTER))).noneMatch(p -> p.agencyId().equals(agency));
	}

	@Test
	void anAgencyAdministratorImportsOnlyTheirOwnAgencysEntries() throws Exception {
		UUID own = agencies.create("Own agency " + suffix(), "หน่วยงานของตนเอง " + suffix(), "NGO", "TH-57", null);
		UUID other = agencies.create("Other agency " + suffix(), "หน่วยงานอื่น " + suffix(), "NGO", "TH-57", null);
		String csv = HEADER + "\n" + row(other, 0, "SHELTER", "TH-57") + "\n" + row(own, 1, "SHELTER", "TH-57") + "\n";
		var file = new MockMultipartFile("file", "points.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/directory/import").file(file).with(csrf())
			.with(TestActors.staff(UUID.randomUUID(), own, Permission.DIRECTORY_MANAGE_OWN, Permission.DIRECTORY_VIEW)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-line=\"2\"")))
			.andExpect(content().string(not(containsString("data-line=\"3\""))));
		assertThat(count(own)).isZero();
		assertThat(count(other)).isZero();
	}

	@Test
	void thePublicHelpPageListsEmergencyNumbersFirstAndTheProvincesServicesWithoutAnAccount() throws Exception {
		String page = mvc.perform(get("/help").param("province", "TH-57").param("lang", "th"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		int emergency = page.indexOf("href=\"tel:191\"");
		assertThat(emergency).isPositive();
		assertThat(page.indexOf("href=\"tel:1300\"")).isGreaterThan(emergency);
		assertThat(page.indexOf("href=\"tel:1387\"")).isGreaterThan(emergency);
		int shelter = page.indexOf("บ้านพักเด็กและครอบครัวเชียงราย (สาธิต)");
		assertThat(shelter).as("the Chiang Rai demo shelter, in Thai").isGreaterThan(emergency);
		assertThat(page).contains("สายด่วนคุ้มครองเด็กเชียงราย (สาธิต)", "href=\"tel:053000101\"");
		// Khon Kaen has no shelter: the nearest ones elsewhere are shown, said to be elsewhere.
		String khonKaen = mvc.perform(get("/help").param("province", "TH-40").param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(khonKaen).contains("None in this province: these are the nearest.");
		// An unknown province is ignored, not an error.
		mvc.perform(get("/help").param("province", "XX-99")).andExpect(status().isOk());
	}

	private long count(UUID agency) {
		return jdbc.queryForObject("select count(*) from directory_service_point where agency_id = ?", Long.class, agency);
	}

	private static String thousandRows(UUID agency, boolean broken) {
		List<String> lines = new ArrayList<>();
		lines.add(HEADER);
		for (int i = 0; i < 1000; i++) {
			String row = row(agency, i, i % 3 == 0 ? "SHELTER" : "COUNSELLING", "TH-57");
			if (broken && BROKEN.containsKey(i)) {
				row = switch (BROKEN.get(i)) {
					case "type" -> row.replace(",SHELTER,", ",SPACESHIP,").replace(",COUNSELLING,", ",SPACESHIP,");
					case "provinceCode" -> row.replace(",TH-57,", ",TH-999,");
					case "latitude" -> row.replace(",19.9,", ",45.5,");
					case "phones" -> row.replace(",053 000 111,", ",call me maybe,");
					case "maxAge" -> row.replace(",6,18,", ",16,8,");
					case "coverage" -> row.replace(",TH-56,", ",TH-56 Narnia,");
					case "verifiedOn" -> row.replace(",2026-01-15,", ",15/01/2026,");
					case "nameTh" -> row.replace(",บ้านทดสอบ " + i + ",", ",,");
					case "agencyId" -> row.replace(agency.toString(), UUID.randomUUID().toString());
					case "sex" -> row.replace(",ANY,", ",SOMETIMES,");
					default -> throw new IllegalStateException();
				};
			}
			lines.add(row);
		}
		return String.join("\r\n", lines) + "\r\n";
	}

	private static String row(UUID agency, int i, String type, String province) {
		return String.join(",", "", agency.toString(), "Test house " + i, "บ้านทดสอบ " + i, type, province, "Mueang",
				"\"" + i + " Test Road, \"\"quoted\"\"\"", "19.9", "99.8", "053 000 111", "Every day", "Thai", "6", "18", "ANY",
				"TH-56", "2026-01-15", "Test keeper", "true");
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
