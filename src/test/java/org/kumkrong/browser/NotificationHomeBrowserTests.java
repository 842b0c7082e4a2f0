package org.kumkrong.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kumkrong.intake.ReportChannel;
import org.kumkrong.intake.ReportId;
import org.kumkrong.intake.ReportPriority;
import org.kumkrong.intake.ReportSubmitted;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hotline analyst meets a danger-now alert on her home page, on a 360 px phone, in Thai and English:
 * the inbox panel with the alert, marking it read, and the on-duty switch (off and on again). Each state
 * of the page passes axe (WCAG 2.2 A/AA), shows no unresolved message and needs no sideways scrolling.
 */
@BrowserTest
@EnableScenarios
class NotificationHomeBrowserTests {

	static final String PASSWORD = "Kumkrong-demo-2026";

	static final String ANALYST_SECRET = "NJEKHN3KGJ54ZG2L3QS3NFFZPSEL7ZDN";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theAnalystReadsTheDangerAlertAndSwitchesDutyOnHerPhone(Scenario scenario, Browser browser) {
		ReportSubmitted event = new ReportSubmitted(new ReportId(UUID.randomUUID()), ReportChannel.PUBLIC, Instant.now(),
				List.of("SEXTORTION"), "TH-57", "AGE_13_15", "FACEBOOK", ReportPriority.DANGER_NOW);
		String link = "/triage/reports/" + event.reportId().value();
		scenario.publish(event)
			.andWaitForStateChange(() -> jdbc.queryForObject("select count(*) from notification_item where link = ? and "
					+ "user_id = (select id from account_user where username = 'analyst')", Long.class, link), count -> count > 0)
			.andVerify(count -> assertThat(count).isEqualTo(1));
		List<String> problems = new ArrayList<>();

		browser.open("/login?lang=th");
		SignIn.signIn(browser, "analyst", PASSWORD, ANALYST_SECRET);
		browser.open("/home");
		check(browser, "analyst-home-th", problems);
		assertThat(browser.find("#inbox").getText()).contains(event.reportId().value().toString(), "อันตรายขณะนี้");
		assertThat(browser.driver().findElements(By.cssSelector("#inbox a[href='" + link + "']"))).hasSize(1);

		submit(browser, "#inbox tr:has(a[href='" + link + "']) form button");
		check(browser, "analyst-home-read-th", problems);
		assertThat(browser.driver().findElements(By.cssSelector("#inbox tr:has(a[href='" + link + "']) form"))).isEmpty();
		assertThat(browser.find("#inbox .notice").getText()).isNotBlank();

		submit(browser, "form[action='/account/duty'] button");
		check(browser, "analyst-home-off-duty-th", problems);
		assertThat(browser.find("input[name=onDuty]").getAttribute("value")).isEqualTo("true");
		assertThat(browser.find(".duty .notice").getText()).isNotBlank();
		submit(browser, "form[action='/account/duty'] button");
		assertThat(browser.find("input[name=onDuty]").getAttribute("value")).as("back on duty").isEqualTo("false");

		browser.open("/home?lang=en");
		check(browser, "analyst-home-en", problems);
		assertThat(browser.find("#inbox").getText()).contains("danger now");

		assertThat(problems).as("pages with accessibility or layout problems").isEmpty();
	}

	/** Clicks a form's button and waits for the page it leads to (the same path, so the old page must go). */
	private static void submit(Browser browser, String button) {
		browser.script("window.kkPreviousPage = true;");
		browser.find(button).click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> Boolean.TRUE.equals(browser.script(
				"return window.kkPreviousPage === undefined && document.readyState === 'complete';")));
		browser.waitForPath("/home");
	}

	private static void check(Browser browser, String name, List<String> problems) {
		browser.review("notification-" + name + "-360", problems);
	}

}
