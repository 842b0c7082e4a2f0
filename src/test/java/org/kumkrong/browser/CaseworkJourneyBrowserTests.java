package org.kumkrong.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance journey of issue 4, each role signing in as itself on a 360 px phone, in English: a
 * partner's report is screened in by the hotline analyst to the national cyber unit; the unit's
 * investigator finds the case in the case list by the report's reference, opens it, adds a child (with identity, revealed again after a step-up) and a suspect
 * with a screen name, records the arrest, is refused a referral without consent (the message names the
 * field), then refers the case to the Attorney General's office with consent and the child to social
 * services. The prosecutor cannot see the case (404) until she accepts; then records the charge and refers to
 * the court by override. The judge accepts and records the conviction; the social worker accepts, records the
 * support and completes her referral. The case page shows every outcome and the timeline every referral, fits
 * 360 px and passes axe; each referral step left its audit entry. A second journey adds a child without
 * JavaScript, through a refused national ID and back.
 */
@BrowserTest
class CaseworkJourneyBrowserTests {

	static final String PASSWORD = "Kumkrong-demo-2026";

	static final String ANALYST = "NJEKHN3KGJ54ZG2L3QS3NFFZPSEL7ZDN";

	static final String INVESTIGATOR = "55Q335WHO3UB2CJDXM3BRYQU76F5IOUO";

	static final String PROSECUTOR = "6JUHGCUH6J7JZO4EHJ43773FK4AC3LEO";

	static final String JUDGE = "ZM7QIEF7ESGEYMSVLOXMHNN74CMQ3KRJ";

	static final String SOCIAL_WORKER = "LLMXFUNM6PCSBCN6TT6CHIT7POTJEQXG";

	static final String PARTNER_KEY = "kk_DEMO-partner-key-not-for-production-7c1f2a9e4b6d8f0a3c5e7b9d";

	static final String CYBER_UNIT = "Demo National Police Cyber Crime Unit";

	static final String ATTORNEY_GENERAL = "Demo Office of the Attorney General, Chiang Rai Provincial Office";

	static final String COURT = "Demo Chiang Rai Provincial Court";

	static final String SOCIAL_SERVICES = "Demo Chiang Rai Provincial Office of Social Development and Human Security";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aReportBecomesACaseThatMovesFromPoliceToProsecutorToCourtAndSocialServices(Browser browser) throws Exception {
		long started = System.nanoTime();
		List<String> problems = new ArrayList<>();
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String screenName = "wolf_" + marker;
		String today = LocalDate.now(ZoneId.of("Asia/Bangkok")).toString();

		// 1. A partner's report, screened in by the hotline analyst to the investigator's agency.
		PartnerReceipt report = partnerReport(browser, screenName);
		UUID reportId = report.id();
		signIn(browser, "analyst", ANALYST);
		browser.open("/triage/reports/" + reportId);
		browser.waitFor("form[action$='/screen-in']");
		assertThat(browser.find("main").getText()).contains(screenName);
		choose(browser, "#ownerAgencyId", CYBER_UNIT);
		browser.submit("form[action$='/screen-in'] button[type=submit]");
		assertThat(browser.waitFor(".notice.success").getText()).isNotBlank();
		assertThat(browser.find("main").getText()).contains(CYBER_UNIT);
		UUID caseId = caseOf(reportId);
		signOut(browser);

		// 2. The investigator finds the case in the case list (its title names the report), opens it, adds a child
		// and a suspect, records the arrest.
		signIn(browser, "investigator", INVESTIGATOR);
		browser.open("/cases");
		browser.find("#f-q").sendKeys(report.reference());
		browser.submit("form[role=search] button[type=submit]");
		String found = "table.cases a[href='/cases/" + caseId + "']";
		reloadUntil(browser, browser.path(), found);
		assertThat(browser.find("table.cases tbody").getText()).contains(report.reference(), CYBER_UNIT);
		browser.find(found).click();
		browser.waitForPath("/cases/" + caseId);
		String reference = browser.waitFor("main h1").getText().split(" · ")[0].strip();
		assertThat(reference).matches("KK-\\d{4}-\\d{6}");
		assertThat(browser.find("main dl.summary").getText()).contains(CYBER_UNIT);
		assertThat(browser.find("ol.timeline").getText()).contains("joined the case");
		// The case team reads the report from the case (never the reporter's contact), whatever their triage rights.
		browser.find("main a[href='/cases/" + caseId + "/reports/" + reportId + "']").click();
		browser.waitForPath("/cases/" + caseId + "/reports/" + reportId);
		assertThat(browser.waitFor("main").getText()).contains(screenName, report.reference());
		browser.driver().navigate().back();
		browser.waitFor("#add-child").click();
		browser.waitForPath("/cases/" + caseId + "/children/new");
		browser.waitFor("#save-child");
		browser.assertAccessible();
		pick(browser, "#ageBand", "AGE_13_15");
		pick(browser, "#sex", "FEMALE");
		pick(browser, "#provinceCode", "TH-57");
		browser.find("#needs").sendKeys("Counselling; a safe way back to school");
		browser.find("#name").sendKeys("Synthetic Child " + marker);
		date(browser, "#dateOfBirth", LocalDate.now().minusYears(14).toString());
		browser.find("#nationalId").sendKeys(nationalId("110170012345"));
		browser.find("#school").sendKeys("Demo Ban Doi School");
		browser.find("#guardianContact").sendKeys("Mother, 081 000 0000");
		browser.submit("#save-child");
		String notice = browser.waitFor(".notice.success").getText();
		assertThat(notice).matches(".*C-\\S+.*");
		String childCode = browser.find("table.children tbody tr a").getText().strip();
		assertThat(notice).contains(childCode);
		assertThat(browser.find("main").getText()).as("the identity is never on the case page")
			.doesNotContain("Synthetic Child " + marker);

		browser.find("#add-suspect").click();
		browser.waitForPath("/cases/" + caseId + "/suspects/new");
		browser.find("#label").sendKeys("Wolf " + marker);
		browser.find("#estimatedAge").sendKeys("about 30");
		pick(browser, "#relation", "STRANGER_ONLINE");
		pick(browser, "#kind", "SCREEN_NAME");
		pick(browser, "#platformCode", "TIKTOK");
		browser.find("#value").sendKeys(screenName);
		browser.submit("#save-suspect");
		assertThat(browser.waitFor(".notice.success").getText()).isNotBlank();
		assertThat(browser.find("td.identifier").getText()).isEqualTo(screenName);
		browser.find("main a[href='/cases/" + caseId + "']").click();
		browser.waitFor("table.suspects");
		assertThat(browser.find("table.suspects").getText()).contains("Wolf " + marker, screenName);

		recordOutcome(browser, caseId, "ARRESTED", today, "Wolf " + marker, null, null, "Arrested at his home in Bangkok");
		assertThat(browser.find("tr[data-outcome=ARRESTED]").getText()).contains("Wolf " + marker);
		assertThat(browser.find("table.suspects .arrest-status").getText()).isEqualTo("Arrested");

		// The identity, only after a step-up with a fresh code.
		browser.find("table.children tbody tr a").click();
		browser.waitFor("#reveal-identity");
		assertThat(browser.find("main").getText()).doesNotContain("Synthetic Child " + marker);
		browser.find("#code").sendKeys(SignIn.freshCode(INVESTIGATOR));
		browser.submit("#reveal-identity");
		assertThat(browser.waitFor("#identity-name").getText()).isEqualTo("Synthetic Child " + marker);
		browser.find("main a[href='/cases/" + caseId + "']").click();
		browser.waitFor("#refer-case");

		// 3. To the Attorney General's office: refused without consent, then with consent recorded.
		browser.find("#refer-case").click();
		browser.waitForPath("/referrals/new");
		pick(browser, "#purpose-choice", "PROSECUTION");
		browser.submit("#choose-purpose");
		browser.waitFor("#referral-form");
		browser.assertAccessible();
		choose(browser, "#toAgencyId", ATTORNEY_GENERAL);
		browser.find("#message").sendKeys("Suspect arrested; please consider charges. " + marker);
		browser.submit("#send-referral");
		WebElement refused = browser.waitFor(".error-summary");
		assertThat(refused.getText()).contains("Basis for the referral")
			.contains("Say whether consent was given, or (if your role allows it) override it with a reason");
		assertThat(browser.find("#message").getAttribute("value")).as("what was typed is kept").contains(marker);
		browser.screenshot("casework-journey-referral-refused-360");
		browser.assertAccessible();
		browser.find("label[for=basis-consent]").click();
		pick(browser, "#consentGivenBy", "PARENT");
		date(browser, "#consentGivenOn", today);
		browser.find("label[for=heard-yes]").click();
		browser.find("#childViewsSummary").sendKeys("She wants the man to be stopped.");
		browser.submit("#send-referral");
		assertThat(browser.waitFor(".notice.success").getText()).isNotBlank();
		UUID prosecution = referralId(browser);

		// 6 (in parallel). The child to social services for victim support.
		browser.find("main a[href='/cases/" + caseId + "']").click();
		browser.waitFor("#refer-case").click();
		browser.waitForPath("/referrals/new");
		pick(browser, "#purpose-choice", "VICTIM_SUPPORT");
		browser.submit("#choose-purpose");
		browser.waitFor("#referral-form");
		choose(browser, "#toAgencyId", SOCIAL_SERVICES);
		browser.find("label[for=child-0]").click();
		browser.find("#message").sendKeys("Counselling and school support for " + childCode);
		browser.find("label[for=basis-consent]").click();
		pick(browser, "#consentGivenBy", "GUARDIAN");
		date(browser, "#consentGivenOn", today);
		browser.find("label[for=heard-yes]").click();
		browser.find("#childViewsSummary").sendKeys("She would like to talk to someone.");
		browser.submit("#send-referral");
		assertThat(browser.waitFor(".notice.success").getText()).isNotBlank();
		assertThat(browser.find("main").getText()).contains(childCode);
		UUID support = referralId(browser);
		signOut(browser);

		// 4. The prosecutor: no case before accepting, the referral in her inbox, then the charge and the court.
		signIn(browser, "prosecutor", PROSECUTOR);
		browser.open("/cases/" + caseId);
		assertThat(browser.waitFor("main h1").getText()).isEqualTo("Page not found");
		reloadUntil(browser, "/home", "#inbox a[href='/referrals/" + prosecution + "']");
		browser.open("/referrals");
		openIncoming(browser, reference, prosecution);
		assertThat(browser.driver().findElements(By.cssSelector("main dl.summary a[href='/cases/" + caseId + "']")))
			.as("the case is not a link before accepting").isEmpty();
		assertThat(browser.find("main").getText()).contains(CYBER_UNIT, "A parent");
		browser.submit("form[action$='/accept'] button");
		assertThat(browser.waitFor(".notice.success").getText()).isNotBlank();
		browser.find("main dl.summary a[href='/cases/" + caseId + "']").click();
		browser.waitFor("#record-outcome");
		assertThat(browser.find("main h1").getText()).contains(reference);
		assertThat(browser.driver().findElements(By.cssSelector("main a[href='/cases/" + caseId + "/manage']")))
			.as("only the owner agency manages the case's course").isEmpty();
		recordOutcome(browser, caseId, "CHARGED", today, "Wolf " + marker, "PENAL_279", null, "Charged before the provincial court");
		assertThat(browser.find("tr[data-outcome=CHARGED]").getText()).contains("Penal Code s. 279", "Wolf " + marker);
		assertThat(browser.find("main dl.summary .status").getText()).isEqualTo("Prosecution");

		browser.find("#refer-case").click();
		browser.waitForPath("/referrals/new");
		pick(browser, "#purpose-choice", "TRIAL");
		browser.submit("#choose-purpose");
		browser.waitFor("#referral-form");
		choose(browser, "#toAgencyId", COURT);
		browser.find("#message").sendKeys("Indictment filed. " + marker);
		browser.find("label[for=basis-override]").click();
		browser.find("#overrideReason").sendKeys("Filing an indictment with the court does not wait for consent.");
		browser.submit("#send-referral");
		assertThat(browser.waitFor(".notice.success").getText()).isNotBlank();
		assertThat(browser.find("main").getText()).contains("Referred without consent, by override.");
		UUID trial = referralId(browser);
		signOut(browser);

		// 5. The judge accepts and records the verdict.
		signIn(browser, "judge", JUDGE);
		browser.open("/cases/" + caseId);
		assertThat(browser.waitFor("main h1").getText()).isEqualTo("Page not found");
		browser.open("/referrals");
		openIncoming(browser, reference, trial);
		browser.submit("form[action$='/accept'] button");
		assertThat(browser.waitFor(".notice.success").getText()).isNotBlank();
		browser.find("main dl.summary a[href='/cases/" + caseId + "']").click();
		browser.waitFor("#record-outcome");
		recordOutcome(browser, caseId, "CONVICTED", today, "Wolf " + marker, null, null, "Eight years' imprisonment");
		assertThat(browser.find("tr[data-outcome=CONVICTED]").getText()).contains("Eight years' imprisonment");
		signOut(browser);

		// 6. Social services accept, record the support and complete their referral.
		signIn(browser, "socialworker", SOCIAL_WORKER);
		browser.open("/referrals");
		openIncoming(browser, reference, support);
		assertThat(browser.find("main").getText()).contains(childCode);
		browser.submit("form[action$='/accept'] button");
		assertThat(browser.waitFor(".notice.success").getText()).isNotBlank();
		browser.find("main dl.summary a[href='/cases/" + caseId + "']").click();
		browser.waitFor("#record-outcome");
		recordOutcome(browser, caseId, "CHILD_SUPPORTED", today, null, null, childCode, "Counselling, weekly");
		assertThat(browser.find("tr[data-outcome=CHILD_SUPPORTED]").getText()).contains(childCode, "Counselling, weekly");
		browser.open("/referrals/" + support);
		pick(browser, "#outcome", "SERVICE_PROVIDED");
		browser.submit("form[action$='/complete'] button");
		assertThat(browser.waitFor(".notice.success").getText()).isNotBlank();

		// 7. What the case page shows at the end: every outcome, every referral in its section and on the timeline.
		browser.find("main dl.summary a[href='/cases/" + caseId + "']").click();
		browser.waitFor("#timeline");
		for (String outcome : List.of("ARRESTED", "CHARGED", "CONVICTED", "CHILD_SUPPORTED")) {
			assertThat(browser.driver().findElements(By.cssSelector("tr[data-outcome=" + outcome + "]"))).as(outcome).hasSize(1);
		}
		String referrals = browser.find("#referrals").getText();
		assertThat(referrals).contains(ATTORNEY_GENERAL, COURT, SOCIAL_SERVICES);
		String timeline = browser.find("ol.timeline").getText();
		assertThat(timeline).contains("Referred for", "accepted by", "completed by");
		assertThat(Pattern.compile("Referred for").matcher(timeline).results().count()).isEqualTo(3);
		assertThat(Pattern.compile("accepted by").matcher(timeline).results().count()).isEqualTo(3);
		assertThat(timeline).as("codes in timeline lines read as labels")
			.contains("Referred for Prosecution to " + ATTORNEY_GENERAL, "Referred for Victim support to " + SOCIAL_SERVICES,
					"(Service provided)")
			.doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b");
		browser.review("casework-journey-case-end-360", problems);
		assertThat(problems).as("the case page at 360 px: axe, sideways scrolling, unresolved messages").isEmpty();
		browser.assertNoHorizontalScroll();
		browser.assertAccessible();
		signOut(browser);

		// Each referral's steps left their audit entries.
		assertThat(audited(prosecution)).contains("referral.requested", "referral.consent.recorded", "referral.accepted");
		assertThat(audited(trial)).contains("referral.requested", "referral.consent.overridden", "referral.accepted");
		assertThat(audited(support)).contains("referral.requested", "referral.consent.recorded", "referral.accepted",
				"referral.completed");
		System.out.printf("Casework journey took %d s%n", Duration.ofNanos(System.nanoTime() - started).toSeconds());
	}

	@Test
	void theInvestigatorAddsAChildWithoutJavaScript(@WithoutJavaScript Browser browser) {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		signIn(browser, "investigator", INVESTIGATOR);
		browser.open("/cases/new");
		browser.find("#title").sendKeys("Sextortion over Instagram " + marker);
		browser.submit("#save-case");
		browser.waitFor("#add-child").click();
		browser.waitFor("#save-child");
		pick(browser, "#ageBand", "AGE_13_15");
		pick(browser, "#sex", "MALE");
		browser.find("#name").sendKeys("Synthetic Boy " + marker);
		browser.find("#nationalId").sendKeys("1234567890123");
		browser.submit("#save-child");
		WebElement summary = browser.waitFor(".error-summary");
		assertThat(summary.getText()).contains("National ID number", "check digit");
		assertThat(browser.find("#name").getAttribute("value")).as("what was typed is kept").isEqualTo("Synthetic Boy " + marker);
		assertThat(browser.find("#nationalId").getAttribute("aria-describedby")).isEqualTo("nationalId-error");
		browser.screenshot("casework-child-form-refused-nojs-360");
		browser.assertNoHorizontalScroll();
		browser.find("#nationalId").clear();
		browser.find("#nationalId").sendKeys(nationalId("310040012345"));
		browser.submit("#save-child");
		assertThat(browser.waitFor(".notice.success").getText()).contains("added");
		assertThat(browser.find("table.children").getText()).contains("Male").doesNotContain("Synthetic Boy");
	}

	// ---------------------------------------------------------------- steps

	private static void signIn(Browser browser, String username, String secret) {
		browser.open("/login?lang=en");
		SignIn.signIn(browser, username, PASSWORD, secret);
	}

	private static void signOut(Browser browser) {
		browser.submit("form[action='/logout'] button");
		browser.waitFor("body");
	}

	/** From the case page: the outcome form, filled and sent; back on the case page. */
	private static void recordOutcome(Browser browser, UUID caseId, String type, String on, String suspect, String legalBasis,
			String child, String detail) {
		browser.find("#record-outcome").click();
		browser.waitForPath("/cases/" + caseId + "/outcomes/new");
		browser.waitFor("#save-outcome");
		pick(browser, "#type", type);
		date(browser, "#occurredOn", on);
		if (suspect != null) {
			choose(browser, "#suspectId", suspect);
		}
		if (child != null) {
			choose(browser, "#childId", child);
		}
		if (legalBasis != null) {
			pick(browser, "#legalBasis", legalBasis);
		}
		browser.find("#detail").sendKeys(detail);
		browser.submit("#save-outcome");
		assertThat(browser.waitFor(".notice.success").getText()).isEqualTo("Outcome recorded.");
	}

	/** On {@code /referrals}: the incoming referral of the case, opened from the list. */
	private static void openIncoming(Browser browser, String reference, UUID referralId) {
		WebElement link = browser.waitFor("table[aria-labelledby='incoming-heading'] a[href='/referrals/" + referralId + "']");
		assertThat(link.getText()).isEqualTo(reference);
		link.click();
		browser.waitForPath("/referrals/" + referralId);
		browser.waitFor("form[action$='/accept']");
		assertThat(browser.find(".notice.warning").getText()).isNotBlank();
	}

	/** Opens {@code path} again until the element is there (an asynchronous listener may still be at work). */
	private static void reloadUntil(Browser browser, String path, String css) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
			browser.open(path);
			return !d.findElements(By.cssSelector(css)).isEmpty();
		});
	}

	private static UUID referralId(Browser browser) {
		Matcher matcher = Pattern.compile("^/referrals/([0-9a-f-]{36})").matcher(browser.path());
		assertThat(matcher.find()).as("on a referral's page: %s", browser.path()).isTrue();
		return UUID.fromString(matcher.group(1));
	}

	/** Picks the first option whose text contains {@code text}. */
	private static void choose(Browser browser, String selectCss, String text) {
		Select select = new Select(browser.find(selectCss));
		for (WebElement option : select.getOptions()) {
			if (option.getText().contains(text)) {
				select.selectByValue(option.getAttribute("value"));
				return;
			}
		}
		throw new AssertionError("no option containing '" + text + "' in " + selectCss + ": "
				+ select.getOptions().stream().map(WebElement::getText).toList());
	}

	/** Picks the option with the given value. */
	private static void pick(Browser browser, String selectCss, String value) {
		new Select(browser.find(selectCss)).selectByValue(value);
	}

	/** A date input's value (typing into one depends on the browser's locale). */
	private static void date(Browser browser, String css, String isoDate) {
		browser.script("arguments[0].value = arguments[1];", browser.find(css), isoDate);
	}

	/** What the partner API answers: the report's id and reference. */
	record PartnerReceipt(UUID id, String reference) {
	}

	/** A report from the demo hotline through the partner API. */
	private static PartnerReceipt partnerReport(Browser browser, String screenName) throws Exception {
		String body = """
				{"incidentTypes": ["ONLINE_GROOMING"], "description": "A man who calls himself %s asks a 14-year-old girl for photos.",
				 "victims": [{"ageBand": "AGE_13_15"}], "platform": "TIKTOK", "location": {"country": "TH", "province": "TH-57"},
				 "reportedPersons": [{"screenNames": ["%s"]}]}
				""".formatted(screenName, screenName);
		var request = HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/api/v1/reports"))
			.header("Authorization", "Bearer " + PARTNER_KEY)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(response.body());
		Matcher reference = Pattern.compile("\"reference\"\\s*:\\s*\"([A-Z0-9-]+)\"").matcher(response.body());
		assertThat(id.find() && reference.find()).as(response.body()).isTrue();
		return new PartnerReceipt(UUID.fromString(id.group(1)), reference.group(1));
	}

	/** The case the screened-in report opened: casework's listener runs after triage commits, so it is waited for. */
	private UUID caseOf(UUID reportId) {
		List<UUID> found = List.of();
		long until = System.currentTimeMillis() + 30_000;
		while (found.isEmpty() && System.currentTimeMillis() < until) {
			found = jdbc.queryForList("select case_id from casework_case_report where report_id = ?", UUID.class, reportId);
			if (found.isEmpty()) {
				sleep(250);
			}
		}
		assertThat(found).as("the case opened for report %s", reportId).hasSize(1);
		return found.get(0);
	}

	private List<String> audited(UUID referralId) {
		return jdbc.queryForList("select action from audit_entry where record_type = 'referral' and record_id = ?", String.class,
				referralId.toString());
	}

	/** A synthetic 13-digit Thai national ID: twelve digits and their check digit. */
	static String nationalId(String twelveDigits) {
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (twelveDigits.charAt(i) - '0') * (13 - i);
		}
		return twelveDigits + (11 - sum % 11) % 10;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
