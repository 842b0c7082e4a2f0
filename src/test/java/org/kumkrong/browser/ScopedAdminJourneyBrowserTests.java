package org.kumkrong.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators with a narrower remit, on a 360 px phone: the agency administrator of the Chiang Rai
 * police station (accounts of the own agency only, no partner keys) in Thai, and the auditor (no account
 * administration at all) in English. The pages they may use and the refusal page they meet pass axe and the
 * no-sideways-scroll check.
 */
@BrowserTest
class ScopedAdminJourneyBrowserTests {

	static final String PASSWORD = "Kumkrong-demo-2026";

	@Test
	void agencyAdministratorSeesOnlyTheOwnAgencyAndNoPartnerKeys(Browser browser) {
		List<String> problems = new ArrayList<>();
		browser.open("/login?lang=th");
		SignIn.signIn(browser, "agencyadmin", PASSWORD, "WUH2MZI4TH4PQAENQHDYIFLAUCSLPJZ6");
		check(browser, "agencyadmin-home", problems);

		check(browser.open("/admin/users"), "agencyadmin-users", problems);
		String list = browser.find("table").getText();
		assertThat(list).contains("agencyadmin", "investigator2").doesNotContain("auditor", "prosecutor");

		check(browser.open("/admin/users/new"), "agencyadmin-user-new", problems);
		List<WebElement> agencies = browser.driver().findElements(By.cssSelector("#agencyId option:not([value=''])"));
		assertThat(agencies).as("agencies an agency administrator may create accounts in").hasSize(1);

		check(browser.open("/admin/agencies"), "agencyadmin-agencies", problems);

		browser.open("/admin/api-keys");
		assertThat(browser.driver().findElements(By.id("issued-key"))).isEmpty();
		assertThat(browser.driver().findElements(By.cssSelector("form[action='/admin/api-keys']"))).isEmpty();
		check(browser, "agencyadmin-api-keys-refused", problems);

		assertThat(problems).as("pages with accessibility or layout problems").isEmpty();
	}

	@Test
	void auditorIsRefusedAccountAdministration(Browser browser) {
		List<String> problems = new ArrayList<>();
		browser.open("/login?lang=en");
		SignIn.signIn(browser, "auditor", PASSWORD, "A4GFYAISAOAOKCCWWILX5B6TXOVSN75W");
		check(browser, "auditor-home", problems);
		assertThat(browser.driver().findElements(By.cssSelector("a[href='/admin/users']"))).isEmpty();

		browser.open("/admin/users");
		assertThat(browser.driver().findElements(By.cssSelector("a[href^='/admin/users/']"))).isEmpty();
		assertThat(browser.driver().findElements(By.id("q"))).isEmpty();
		check(browser, "auditor-users-refused", problems);

		check(browser.open("/account/password"), "auditor-password", problems);
		assertThat(problems).as("pages with accessibility or layout problems").isEmpty();
	}

	private static void check(Browser browser, String name, List<String> problems) {
		browser.review("scoped-" + name + "-360", problems);
	}

}
