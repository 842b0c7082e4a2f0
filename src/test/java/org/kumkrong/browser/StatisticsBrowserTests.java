package org.kumkrong.browser;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance journey of issue 6: the data analyst, in Thai on a phone, filters the dashboard to one province
 * and one offence; the card, the monthly chart and table, and the province map and its table agree; the CSV and
 * XLSX of that view keep their Thai. The public statistics page works without JavaScript on a phone. Every page
 * passes axe.
 */
@BrowserTest
class StatisticsBrowserTests {

	static final String PASSWORD = "Kumkrong-demo-2026";

	static final String DATA_ANALYST = "YFW4V5GZTAVGKK46OSWBXM3QOJMGAWJA";

	@Test
	void theAnalystFiltersToOneProvinceAndOffenceAndEveryViewAgrees(Browser browser) throws Exception {
		List<String> problems = new ArrayList<>();
		browser.open("/login?lang=en");
		SignIn.signIn(browser, "dataanalyst", PASSWORD, DATA_ANALYST);
		browser.open("/statistics/dashboard?lang=th");
		browser.waitFor("#f-province");
		new Select(browser.find("#f-province")).selectByValue("TH-57");
		new Select(browser.find("#f-offence")).selectByValue("SEXTORTION");
		browser.submit("form.filters button[type=submit]");
		browser.waitFor(".stat-cards");
		assertThat(browser.path()).contains("province=TH-57").contains("offence=SEXTORTION");
		assertThat(browser.find("h1").getText()).isEqualTo("แดชบอร์ดสถิติ");

		String card = browser.find(".stat-cards li.selected .stat-card-value").getText();
		long total = Long.parseLong(card.replace(",", ""));
		assertThat(total).as("synthetic demo facts give Chiang Rai sextortion reports").isPositive();
		// The monthly chart is drawn, and its table adds up to the card.
		assertThat(browser.driver().findElements(By.cssSelector("svg.chart-trend rect.chart-bar"))).isNotEmpty();
		List<WebElement> tables = browser.driver().findElements(By.cssSelector("table.stat-table"));
		assertThat(cellTexts(tables.get(0), "tfoot td")).first().isEqualTo(card);
		// The province map shades Chiang Rai with the same figure its table gives, and no other province.
		WebElement chiangRai = browser.find("figure.province-map path[data-code='TH-57']");
		assertThat(chiangRai.getAttribute("data-label")).isEqualTo(card);
		assertThat(chiangRai.getAttribute("class")).isNotEqualTo("map-shade-0");
		assertThat(browser.find("figure.province-map path[data-code='TH-10']").getAttribute("class")).isEqualTo("map-shade-0");
		WebElement provinceTable = browser.find(".stat-map").findElement(By.xpath("ancestor::div[contains(@class,'stat-pair')]"))
			.findElement(By.cssSelector("table.stat-table"));
		assertThat(provinceTable.getText()).contains("เชียงราย").contains(card);
		browser.assertAccessible().assertNoHorizontalScroll().review("statistics-dashboard-filtered", problems);

		// The downloads of this view, fetched with the browser's session: Thai intact, small counts suppressed.
		String csvHref = browser.find("a[href*='export.csv']").getAttribute("href");
		byte[] csv = download(browser, csvHref);
		assertThat(csv[0] & 0xff).isEqualTo(0xEF);
		String csvText = new String(csv, StandardCharsets.UTF_8);
		assertThat(csvText).contains("เชียงราย").contains("การแบล็กเมล์ทางเพศต่อเด็ก (เซ็กซ์ทอร์ชัน)").contains("รายงานที่ได้รับ");
		byte[] xlsx = download(browser, browser.find("a[href*='export.xlsx']").getAttribute("href"));
		List<String> texts = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						texts.add(cell.toString());
					}
				}
			}
		}
		assertThat(texts).contains("เชียงราย", "รายงานที่ได้รับ");
		assertThat(String.join(" ", texts)).contains("การแบล็กเมล์ทางเพศต่อเด็ก");
		assertThat(problems).isEmpty();
	}

	@Test
	void thePublicPageWorksWithoutJavaScriptOnAPhone(@WithoutJavaScript Browser phone, Browser browser) {
		List<String> problems = new ArrayList<>();
		phone.open("/statistics?lang=th");
		phone.waitFor("h1");
		assertThat(phone.find("h1").getText()).isEqualTo("สถิติการแสวงประโยชน์ทางเพศจากเด็กทางออนไลน์");
		assertThat(phone.find("main").getText()).contains("รายงานที่ได้รับ").doesNotContain("ERR-");
		assertThat(phone.driver().findElements(By.cssSelector("figure.province-map path[data-code]"))).hasSize(77);
		phone.assertNoHorizontalScroll().screenshot("statistics-public-th-360-nojs");
		phone.find("a[href='/statistics/indicators']").click();
		phone.waitForPath("/statistics/indicators");
		phone.assertNoHorizontalScroll();
		// axe runs as a script, so with the page's scripts on: the same pages.
		browser.open("/statistics?lang=th");
		browser.waitFor("h1");
		browser.assertAccessible().review("statistics-public", problems);
		browser.open("/statistics/indicators/cases-opened");
		browser.assertAccessible().assertNoHorizontalScroll();
		assertThat(problems).isEmpty();
	}

	private static List<String> cellTexts(WebElement table, String selector) {
		return table.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
	}

	private static byte[] download(Browser browser, String href) throws Exception {
		String session = browser.driver().manage().getCookieNamed("KKSESSION").getValue();
		HttpRequest request = HttpRequest.newBuilder(URI.create(href.startsWith("http") ? href : browser.baseUrl() + href))
			.header("Cookie", "KKSESSION=" + session)
			.header("Accept-Language", "th")
			.GET().build();
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(href).isEqualTo(200);
		return response.body();
	}

}
