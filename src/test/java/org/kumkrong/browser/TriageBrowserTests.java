package org.kumkrong.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The triage desk on a phone, in Thai: the demo hotline analyst sees the queue most urgent first, opens
 * the report at the top, writes to the reporter, classifies it and screens it in; the investigator of a
 * police station that is not an intake desk is refused. Every page passes axe and fits 360 px.
 */
@BrowserTest
class TriageBrowserTests {

	static final String PASSWORD = "Kumkrong-demo-2026";

	@Test
	void analystWorksTheQueueMostUrgentFirst(Browser browser) {
		List<String> problems = new ArrayList<>();
		browser.open("/login?lang=th");
		SignIn.signIn(browser, "analyst", PASSWORD, "NJEKHN3KGJ54ZG2L3QS3NFFZPSEL7ZDN");
		check(browser.open("/triage"), "queue", problems);
		List<WebElement> priorities = browser.driver().findElements(By.cssSelector("table.queue tbody .priority"));
		assertThat(priorities).isNotEmpty();
		List<Integer> ranks = priorities.stream()
			.map(p -> Integer.parseInt(p.getAttribute("class").replaceAll(".*priority-(\\d).*", "$1")))
			.toList();
		assertThat(ranks).as("most urgent first").isSorted();

		browser.find("table.queue tbody tr a").click();
		browser.waitForPath("/triage/reports/");
		check(browser, "report", problems);

		if (!browser.driver().findElements(By.id("message")).isEmpty()) {
			browser.find("#message").sendKeys("ขอบคุณที่บอกเรา ตอนนี้หนูปลอดภัยไหม");
			browser.submit("form[action$='/reply'] button");
			assertThat(browser.waitFor(".notice.success").getText()).isNotBlank();
			assertThat(browser.find("ol.messages").getText()).contains("ตอนนี้หนูปลอดภัยไหม");
		}
		browser.find("#offence-ONLINE_GROOMING").click();
		browser.submit("form[action$='/classify'] button");
		assertThat(browser.waitFor(".notice.success").getText()).isNotBlank();
		check(browser, "report-classified", problems);

		browser.submit("form[action$='/screen-in'] button");
		assertThat(browser.waitFor(".notice.success").getText()).isNotBlank();
		assertThat(browser.driver().findElements(By.cssSelector("form[action$='/screen-in']"))).isEmpty();
		check(browser, "report-screened-in", problems);
		assertThat(problems).as("pages with accessibility or layout problems").isEmpty();
	}

	@Test
	void investigatorOutsideAnIntakeDeskIsRefused(Browser browser) {
		browser.open("/login?lang=en");
		SignIn.signIn(browser, "investigator2", PASSWORD, "JGY6JKBYLCKXVB3QMWAG7A2PRR3X6CME");
		browser.open("/triage");
		assertThat(browser.driver().findElements(By.cssSelector("table.queue"))).isEmpty();
		browser.assertAccessible();
	}

	private static void check(Browser browser, String name, List<String> problems) {
		browser.review("triage-" + name + "-360", problems);
	}

}
