package org.kumkrong.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo administrator's day at 360 px (Thai) and 1280 px (English): sign in with password and
 * authenticator, create an agency, create an account in it with a role (confirmed with a fresh step-up
 * code), hand the one-time link to the new person, who sets a password, enrols an authenticator and lands
 * on {@code /home}; then disable the account, issue a partner API key (shown once), and visit the
 * reference lists and the own-password page. Every page visited passes axe (WCAG 2.2 A/AA) and the
 * no-sideways-scroll check; the sign-in, account list and account form pages in Thai and English.
 * <p>
 * Each page's problems are collected and reported together at the end, so that one run shows them all.
 */
@BrowserTest
class AdminJourneyBrowserTests {

	static final String PASSWORD = "Kumkrong-demo-2026";

	static final String ADMIN_SECRET = "A6CPLME7SGFIY4VWQ7EMA6ZVCCGZTRAS";

	static final String NEWCOMER_PASSWORD = "lantern-river-teak-monsoon-41";

	@Test
	void administratorRunsTheAccountsOnAPhoneInThai(Browser admin, Browser newcomer) {
		new Journey(admin, newcomer, "360", "th").run();
	}

	@Test
	void administratorRunsTheAccountsOnADesktopInEnglish(@Wide Browser admin, @Wide Browser newcomer) {
		new Journey(admin, newcomer, "1280", "en").run();
	}

	private static final class Journey {

		private final Browser admin;

		private final Browser newcomer;

		private final String size;

		private final String language;

		private final String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));

		private final List<String> problems = new ArrayList<>();

		Journey(Browser admin, Browser newcomer, String size, String language) {
			this.admin = admin;
			this.newcomer = newcomer;
			this.size = size;
			this.language = language;
		}

		void run() {
			signIn();

			// Agencies: list, new, create → detail, edit.
			page(admin.open("/admin/agencies"), "agencies");
			page(admin.open("/admin/agencies/new"), "agency-new");
			SignIn.submitFormOf(admin, "nameTh");
			expectErrorSummary(admin);
			page(admin, "agency-new-errors");
			admin.find("#nameTh").sendKeys("หน่วยทดสอบเส้นทาง " + suffix);
			admin.find("#nameEn").sendKeys("Journey test unit " + suffix);
			new Select(admin.find("#typeCode")).selectByIndex(1);
			new Select(admin.find("#provinceCode")).selectByIndex(1);
			SignIn.submitFormOf(admin, "nameTh");
			admin.waitForPath("/admin/agencies/");
			assertThat(admin.path()).doesNotEndWith("/new");
			String agencyId = admin.path().substring("/admin/agencies/".length()).replaceAll("[?#].*", "");
			assertThat(admin.find("h1").getText()).contains(suffix);
			page(admin, "agency");
			page(admin.open("/admin/agencies/" + agencyId + "/edit"), "agency-edit");

			// Accounts: list (both languages, with a filter), form (both languages), create with a role.
			for (String lang : bothLanguages()) {
				page(admin.open("/admin/users?lang=" + lang), "users-" + lang);
				page(admin.open("/admin/users/new?lang=" + lang), "user-new-" + lang);
			}
			SignIn.submitFormOf(admin, "username");
			expectErrorSummary(admin);
			page(admin, "user-new-errors");
			String username = "journey." + suffix;
			admin.find("#username").sendKeys(username);
			admin.find("#displayName").sendKeys("Journey Tester " + suffix);
			new Select(admin.find("#agencyId")).selectByValue(agencyId);
			admin.find("input[type=checkbox][name=roles][value=INVESTIGATOR]").click();
			// A change of roles needs the administrator's current code again, never the one used to sign in.
			admin.find("#stepUpCode").sendKeys(SignIn.freshCode(ADMIN_SECRET));
			SignIn.submitFormOf(admin, "username");
			// The form posts to /admin/users, which redirects to the new account: wait for the redirect's end.
			new org.openqa.selenium.support.ui.WebDriverWait(admin.driver(), java.time.Duration.ofSeconds(20))
				.until(d -> admin.path().matches("/admin/users/[0-9a-f-]{36}.*"));
			assertThat(admin.path()).as("created account page").matches("/admin/users/[0-9a-f-]{36}.*");
			String userPath = admin.path().replaceAll("[?#].*", "");
			assertThat(admin.find("#user-username").getText()).isEqualTo(username);
			String link = admin.find("#sign-in-link").getText().trim();
			assertThat(link).contains("/activate/");
			page(admin, "user-created");

			newcomerActivates(link, username);

			// The one-time link is gone once used, and the account shows an enrolled authenticator.
			admin.open(userPath);
			assertThat(admin.driver().findElements(By.id("sign-in-link"))).isEmpty();
			page(admin.open(userPath + "/edit"), "user-edit");
			page(admin.open("/admin/users?q=" + username), "users-filtered");
			assertThat(admin.find("table").getText()).contains(username);

			// Disable the account.
			admin.open(userPath);
			admin.submit("form[action$='/disable'] button[type=submit]");
			admin.waitForPath(userPath);
			assertThat(admin.waitFor("#user-status").getAttribute("class")).contains("inactive");
			assertThat(admin.find("#user-status").getText()).isNotBlank();
			page(admin, "user-disabled");

			// The audit trail shows what the administrator did to the account, and the chain verifies.
			String userId = userPath.substring(userPath.lastIndexOf('/') + 1);
			page(admin.open("/audit?recordId=" + userId), "audit-user");
			String trail = admin.find("main").getText();
			assertThat(trail).contains("account.user.created", "account.user.rolesChanged", "account.user.disabled");
			page(admin.open("/audit?verify=true"), "audit-verified");
			admin.open("/api/v1/audit/verify");
			assertThat(admin.find("body").getText()).contains("\"intact\":true");

			// A partner API key is shown once, and never again.
			page(admin.open("/admin/api-keys"), "api-keys");
			new Select(admin.find("#agencyId")).selectByValue(agencyId);
			admin.find("#label").sendKeys("Journey partner " + suffix);
			SignIn.submitFormOf(admin, "label");
			admin.waitForPath("/admin/api-keys");
			String key = admin.find("#issued-key").getText().trim();
			assertThat(key).startsWith("kk_");
			page(admin, "api-key-issued");
			admin.driver().navigate().refresh();
			assertThat(admin.driver().findElements(By.id("issued-key"))).as("key shown only once").isEmpty();
			assertThat(admin.driver().getPageSource()).doesNotContain(key);

			// Reference lists and one edit page.
			page(admin.open("/admin/reference"), "reference");
			assertThat(admin.path()).startsWith("/admin/reference/");
			String edit = admin.find("a[href*='/edit']").getAttribute("href");
			admin.driver().get(edit);
			page(admin, "reference-edit");

			// Own password page (opened only: the demo account's password stays).
			page(admin.open("/account/password"), "password");
			page(admin.open("/home"), "home-admin");

			assertThat(problems).as("pages with accessibility or layout problems").isEmpty();
		}

		private void signIn() {
			for (String lang : bothLanguages()) {
				page(admin.open("/login?lang=" + lang), "login-" + lang);
			}
			admin.find("input[name=username]").sendKeys("admin");
			admin.find("input[name=password]").sendKeys(PASSWORD);
			SignIn.submitFormOf(admin, "username");
			admin.waitForPath("/login/code");
			page(admin, "login-code");
			admin.find("input[name=code]").sendKeys(SignIn.freshCode(ADMIN_SECRET));
			SignIn.submitFormOf(admin, "code");
			admin.waitToLeave("/login");
			assertThat(admin.path()).startsWith("/home");
			page(admin, "home");
		}

		private void newcomerActivates(String link, String username) {
			assertThat(link).startsWith("http");
			String path = link.substring(link.indexOf("/activate/"));
			newcomer.open(path + "?lang=" + language);
			page(newcomer, "activate");
			assertThat(newcomer.driver().getPageSource()).contains(username);
			newcomer.find("#password").sendKeys(NEWCOMER_PASSWORD);
			newcomer.find("#confirmation").sendKeys(NEWCOMER_PASSWORD + "x");
			SignIn.submitFormOf(newcomer, "confirmation");
			expectErrorSummary(newcomer);
			page(newcomer, "activate-errors");
			newcomer.find("#password").clear();
			newcomer.find("#password").sendKeys(NEWCOMER_PASSWORD);
			newcomer.find("#confirmation").clear();
			newcomer.find("#confirmation").sendKeys(NEWCOMER_PASSWORD);
			SignIn.submitFormOf(newcomer, "confirmation");
			newcomer.waitForPath("/login/enrol");
			page(newcomer, "enrol");
			assertThat(newcomer.find("img.qr").getAttribute("src")).isNotBlank();
			String secret = newcomer.find("#totp-secret").getText().replace(" ", "");
			assertThat(secret).matches("[A-Z2-7]{16,}");
			newcomer.find("#code").sendKeys("000000".equals(TotpCodes.now(secret)) ? "111111" : "000000");
			SignIn.submitFormOf(newcomer, "code");
			expectErrorSummary(newcomer);
			page(newcomer, "enrol-errors");
			newcomer.find("#code").clear();
			newcomer.find("#code").sendKeys(SignIn.freshCode(secret));
			SignIn.submitFormOf(newcomer, "code");
			newcomer.waitToLeave("/login");
			assertThat(newcomer.path()).startsWith("/home");
			page(newcomer, "newcomer-home");
		}

		/** Waits for the page a refused form comes back as (a click on submit does not wait for it). */
		private static void expectErrorSummary(Browser browser) {
			String before = browser.path();
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage(() -> "an error summary after sending "
					+ before + ", on " + browser.path())
				.until(d -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
			assertThat(browser.find(".error-summary").isDisplayed()).isTrue();
		}

		/** This journey's language last, so that the rest of the journey runs in it. */
		private List<String> bothLanguages() {
			return language.equals("th") ? List.of("en", "th") : List.of("th", "en");
		}

		private void page(Browser browser, String name) {
			String where = name + " (" + browser.path() + ")";
			browser.screenshot("admin-" + name + "-" + size);
			// Thymeleaf shows a message it cannot resolve as ??key_lang??: a missing key or a doubly resolved one.
			String text = browser.find("body").getText();
			if (text.contains("??")) {
				problems.add(where + ": unresolved message in the page text: " + text);
			}
			try {
				browser.assertAccessible();
			}
			catch (AssertionError ex) {
				problems.add(where + ": " + ex.getMessage());
			}
			try {
				browser.assertNoHorizontalScroll();
			}
			catch (AssertionError ex) {
				problems.add(where + ": " + ex.getMessage());
			}
			// A table in a scrolling box passes the page check but still makes a phone user scroll sideways.
			Object boxes = browser.script("return Array.from(document.querySelectorAll('.table-wrap, table'))"
					+ ".filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.className + ' ' + e.scrollWidth"
					+ " + '>' + e.clientWidth);");
			if (boxes instanceof List<?> wide && !wide.isEmpty()) {
				problems.add(where + ": content wider than its box: " + wide);
			}
		}

	}

}
