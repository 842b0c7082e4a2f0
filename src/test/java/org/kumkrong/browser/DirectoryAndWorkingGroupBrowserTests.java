package org.kumkrong.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kumkrong.coordination.WorkingGroup;
import org.kumkrong.platform.MutableClock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory and the working group in a browser at 360 px: a parent without JavaScript finds the hotline
 * and the nearest shelter for Chiang Rai in Thai; a coordinator records a meeting, turns a decision into an
 * action owned by the Attorney General's office, and after its due date passes (the clock moved) the action is
 * overdue and the office's prosecutor finds the notice in the inbox; an investigator's referral suggests the
 * Chiang Rai shelter. Every page passes axe, shows no unresolved message and needs no sideways scrolling.
 */
@BrowserTest
class DirectoryAndWorkingGroupBrowserTests {

	static final String PASSWORD = "Kumkrong-demo-2026";

	static final String COORDINATOR = "XYDGUJEUTKAICG65I2ZYTBANPWDOYNCO";

	static final String PROSECUTOR = "6JUHGCUH6J7JZO4EHJ43773FK4AC3LEO";

	static final String INVESTIGATOR_CHIANG_RAI = "JGY6JKBYLCKXVB3QMWAG7A2PRR3X6CME";

	static final String AGENCY_ADMIN = "WUH2MZI4TH4PQAENQHDYIFLAUCSLPJZ6";

	static final String SHELTER_TH = "บ้านพักเด็กและครอบครัวเชียงราย (สาธิต)";

	static final String SHELTER_EN = "Demo Chiang Rai Children and Families Shelter";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	WorkingGroup workingGroup;

	@Test
	void aParentWithoutJavaScriptFindsTheHotlineAndTheNearestShelterInThai(@WithoutJavaScript Browser browser,
			Browser axe) {
		List<String> problems = new ArrayList<>();
		browser.open("/?lang=th");
		browser.find("a#find-services").click();
		browser.waitForPath("/help");
		withoutScripts(browser, axe, "help-th-360-nojs", problems);
		// Emergency numbers come first, before anything to choose.
		List<WebElement> emergency = browser.driver().findElements(By.cssSelector("#emergency a[href^='tel:']"));
		assertThat(emergency).extracting(link -> link.getAttribute("href"))
			.containsExactly("tel:191", "tel:1300", "tel:1387");
		new Select(browser.find("#province")).selectByVisibleText("เชียงราย");
		browser.submit("#show-services");
		browser.waitForPath("/help?province=TH-57");
		withoutScripts(browser, axe, "help-chiang-rai-th-360-nojs", problems);
		assertThat(browser.find("h1").getText()).isEqualTo("ขอความช่วยเหลือ");
		WebElement hotlines = browser.find("ul.services-HOTLINE");
		assertThat(hotlines.getText()).contains("สายด่วนคุ้มครองเด็กเชียงราย (สาธิต)");
		assertThat(hotlines.findElement(By.cssSelector("a[href^='tel:']")).getAttribute("href")).isEqualTo("tel:053000100");
		WebElement shelters = browser.find("ul.services-SHELTER");
		assertThat(shelters.findElement(By.cssSelector("li .service-name")).getText()).as("nearest shelter first")
			.isEqualTo(SHELTER_TH);
		assertThat(shelters.findElement(By.cssSelector("a[href^='tel:']")).getAttribute("href")).isEqualTo("tel:053000101");
		assertThat(browser.driver().findElements(By.cssSelector(".geo-sort:not([hidden])"))).as("no JavaScript, no button")
			.isEmpty();

		// Khon Kaen has no shelter: the nearest ones elsewhere, said so.
		browser.open("/help?province=TH-40");
		withoutScripts(browser, axe, "help-khon-kaen-th-360-nojs", problems);
		assertThat(browser.find("ul.services-SHELTER").getText()).isNotBlank();
		assertThat(browser.find("main").getText()).contains("ไม่มีในจังหวัดนี้ ต่อไปนี้คือแห่งที่ใกล้ที่สุด");

		browser.open("/help?province=TH-57&lang=en");
		withoutScripts(browser, axe, "help-chiang-rai-en-360-nojs", problems);
		assertThat(browser.find("ul.services-SHELTER").getText()).contains(SHELTER_EN);
		assertThat(problems).as("pages with accessibility or layout problems").isEmpty();
	}

	@Test
	void withJavaScriptTheHelpPageOffersToSortByDistanceOnTheDevice(Browser browser) {
		List<String> problems = new ArrayList<>();
		browser.open("/help?province=TH-57&lang=th");
		browser.review("help-chiang-rai-th-360-js", problems);
		assertThat(browser.find(".geo-sort").isDisplayed()).isTrue();
		assertThat(problems).isEmpty();
	}

	@Test
	void aDecisionBecomesAnActionOfTheAttorneyGeneralsOfficeThatFallsOverdueAndIsNotified(Browser browser) {
		List<String> problems = new ArrayList<>();
		String marker = UUID.randomUUID().toString().substring(0, 8);
		UUID oag = jdbc.queryForObject("select id from directory_agency where name_en like 'Demo Office of the Attorney General%'",
				UUID.class);
		String today = LocalDate.now(ZoneId.of("Asia/Bangkok")).toString();

		browser.open("/login?lang=en");
		SignIn.signIn(browser, "coordinator", PASSWORD, COORDINATOR);
		browser.open("/coordination");
		browser.review("coordination-dashboard-en-360", problems);
		browser.find("a[href='/coordination/meetings']").click();
		browser.waitForPath("/coordination/meetings");
		browser.review("coordination-meetings-en-360", problems);
		browser.find("#record-meeting").click();
		browser.waitForPath("/coordination/meetings/new");
		browser.review("coordination-meeting-form-en-360", problems);
		browser.submit("#save-meeting");
		assertThat(browser.waitFor(".error-summary").getText()).as("the title is missing").contains("Meeting");
		browser.find("#title").sendKeys("Working group reconvened " + marker);
		browser.find("#place").sendKeys("Demo Provincial Hall, Chiang Rai");
		browser.find("input[name=agencyIds][value='" + oag + "']").click();
		browser.find("#agenda").sendKeys("1. Priority actions");
		browser.submit("#save-meeting");
		browser.waitFor(".notice.success");
		browser.find("#text").sendKeys("The OAG office drafts prosecution guidance for online grooming " + marker);
		browser.submit("#record-decision");
		browser.waitFor("li.decision");
		browser.review("coordination-meeting-en-360", problems);
		browser.find("li.decision a.create-action").click();
		browser.waitForPath("/coordination/actions/new");
		browser.review("coordination-action-form-en-360", problems);
		assertThat(browser.find("#title").getAttribute("value")).contains(marker);
		new Select(browser.find("#objectiveCode")).selectByValue("LAW_ENFORCEMENT");
		new Select(browser.find("#ownerAgencyId")).selectByValue(oag.toString());
		browser.find("#leadName").sendKeys("Demo deputy prosecutor");
		browser.script("arguments[0].value = arguments[1];", browser.find("#dueOn"), today);
		browser.submit("#save-action");
		browser.waitFor(".notice.success");
		UUID action = id(browser, "/coordination/actions/");
		assertThat(browser.find("#action-owner").getText()).contains("Attorney General");
		assertThat(browser.driver().findElements(By.id("overdue-notice"))).as("due today: not overdue").isEmpty();
		browser.review("coordination-action-en-360", problems);
		browser.open("/coordination/reforms");
		browser.review("coordination-reforms-en-360", problems);
		assertThat(browser.find("main").getText()).contains("Child Protection Act B.E. 2546");
		browser.open("/coordination/actions");
		browser.review("coordination-actions-en-360", problems);

		// Coordinators keep the community networks too: one for Phayao, with a school and a meeting.
		browser.open("/directory/networks");
		browser.review("directory-networks-coordinator-en-360", problems);
		browser.submit("#create-network");
		assertThat(browser.waitFor(".error-summary").getText()).contains("Province");
		new Select(browser.find("#network-provinceCode")).selectByValue("TH-56");
		browser.find("#network-nameTh").sendKeys("เครือข่ายทดสอบพะเยา " + marker);
		browser.find("#network-nameEn").sendKeys("Test Phayao network " + marker);
		browser.submit("#create-network");
		browser.waitFor(".notice.success");
		new Select(browser.find("#kind")).selectByValue("SCHOOL");
		browser.find("#member-name").sendKeys("Demo Phayao school " + marker);
		browser.find("#contactRole").sendKeys("Head teacher");
		browser.submit("form[action$='/members'] button");
		browser.waitFor(".notice.success");
		browser.script("arguments[0].value = arguments[1];", browser.find("#heldOn"), today);
		browser.find("#activity-title").sendKeys("First meeting " + marker);
		browser.submit("form[action$='/activities'] button");
		browser.waitFor(".notice.success");
		assertThat(browser.find("main").getText()).contains("Demo Phayao school " + marker, "First meeting " + marker);
		browser.review("directory-network-coordinator-en-360", problems);

		String link = "/coordination/actions/" + action;
		try {
			// Two days on: the daily check finds the action overdue and tells the OAG office.
			clock.advance(Duration.ofDays(2));
			workingGroup.flagOverdueActions();
			org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
					"select count(*) from notification_item where link = ? and user_id = "
							+ "(select id from account_user where username = 'prosecutor')", Long.class, link) > 0);

			signInAtServerTime(browser, "prosecutor", PROSECUTOR);
			browser.open("/home?lang=th");
			browser.review("coordination-prosecutor-home-th-360", problems);
			assertThat(browser.driver().findElements(By.cssSelector(".agency-actions tr.overdue")))
				.as("the agency's overdue actions on the home page").anyMatch(row -> row.getText().contains(marker));
			WebElement notice = browser.find("#inbox a[href='" + link + "']");
			assertThat(browser.find("#inbox").getText()).contains("ภารกิจของคณะทำงาน");
			notice.click();
			browser.waitForPath(link);
			assertThat(browser.find("#overdue-notice").getText()).isEqualTo("ภารกิจนี้เลยกำหนดเสร็จแล้ว");
			browser.review("coordination-action-overdue-th-360", problems);

			signInAtServerTime(browser, "coordinator", COORDINATOR);
			browser.open("/coordination?lang=en");
			assertThat(browser.find("#overdue").getText()).contains(marker);
			browser.review("coordination-dashboard-overdue-en-360", problems);
		}
		finally {
			clock.reset();
			// The codes used two days ahead are the accounts' last used steps: back at the real time, every later
			// sign-in of theirs (in other test classes too) would be refused as a replayed code.
			jdbc.update("update account_user set totp_last_step = 0 where username in ('prosecutor', 'coordinator')");
		}
		assertThat(problems).as("pages with accessibility or layout problems").isEmpty();
	}

	@Test
	void anInvestigatorsShelterReferralSuggestsTheChiangRaiShelter(Browser browser) {
		List<String> problems = new ArrayList<>();
		UUID caseId = jdbc.queryForObject("""
				select c.id from casework_case c
				where c.province_code = 'TH-57' and c.status <> 'CLOSED'
				  and c.owner_agency_id = (select agency_id from account_user where username = 'investigator2')
				  and not exists (select 1 from referral r where r.case_id = c.id and r.purpose = 'SHELTER')
				order by c.opened_at desc limit 1
				""", UUID.class);
		browser.open("/login?lang=en");
		SignIn.signIn(browser, "investigator2", PASSWORD, INVESTIGATOR_CHIANG_RAI);
		browser.open("/referrals/new?case=" + caseId + "&purpose=SHELTER");
		browser.waitFor("#referral-form");
		browser.review("referral-shelter-suggestions-en-360", problems);
		Select points = new Select(browser.find("#toServicePointId"));
		assertThat(points.getOptions().get(1).getText()).as("the first service point suggested").startsWith(SHELTER_EN);
		assertThat(browser.find("#suggested-services").getText()).contains(SHELTER_EN);
		WebElement firstAgency = browser.find("#toAgencyId optgroup option");
		assertThat(firstAgency.getText()).as("the shelter's agency is suggested first")
			.contains("Social Development and Human Security");

		UUID shelter = jdbc.queryForObject("select id from directory_service_point where name_en = ?", UUID.class, SHELTER_EN);
		points.selectByValue(shelter.toString());
		browser.find("label[for=basis-consent]").click();
		new Select(browser.find("#consentGivenBy")).selectByValue("PARENT");
		browser.script("arguments[0].value = arguments[1];", browser.find("#consentGivenOn"),
				LocalDate.now(ZoneId.of("Asia/Bangkok")).toString());
		browser.find("label[for=heard-yes]").click();
		browser.find("#childViewsSummary").sendKeys("She wants a safe place to stay.");
		browser.submit("#send-referral");
		browser.waitFor(".notice.success");
		UUID referral = id(browser, "/referrals/");
		assertThat(browser.find("#service-point").getText()).startsWith(SHELTER_EN);
		browser.review("referral-with-service-point-en-360", problems);
		assertThat(jdbc.queryForObject("select to_service_point_id from referral where id = ?", UUID.class, referral))
			.isEqualTo(shelter);
		assertThat(problems).as("pages with accessibility or layout problems").isEmpty();
	}

	@Test
	void directoryPagesForAnAgencyAdministratorPassTheChecks(Browser browser) {
		List<String> problems = new ArrayList<>();
		browser.open("/login?lang=th");
		SignIn.signIn(browser, "agencyadmin", PASSWORD, AGENCY_ADMIN);
		for (String page : List.of("/directory", "/directory?type=SHELTER&province=TH-57", "/directory/map",
				"/directory/map?type=POLICE_CYBER_UNIT", "/directory/networks", "/directory/services/new", "/directory/import")) {
			browser.open(page);
			browser.review("directory" + page.replaceAll("[^a-zA-Z0-9]+", "-") + "-th-360", problems);
		}
		browser.open("/directory/networks");
		browser.find("main table a").click();
		browser.waitForPath("/directory/networks/");
		browser.review("directory-network-th-360", problems);
		browser.open("/directory?province=TH-57");
		browser.find("main table a").click();
		browser.waitForPath("/directory/services/");
		browser.review("directory-service-th-360", problems);
		// Saving an empty form names the fields, on the same page.
		browser.open("/directory/services/new");
		browser.submit("#save-service");
		assertThat(browser.waitFor(".error-summary").getText()).isNotBlank();
		browser.review("directory-service-form-errors-th-360", problems);
		assertThat(problems).as("pages with accessibility or layout problems").isEmpty();
	}

	/**
	 * The checks of {@link Browser#review} on a page seen without JavaScript: screenshot, no unresolved message,
	 * no sideways scrolling. axe is JavaScript itself, so the same address is checked by axe in a browser with
	 * scripts on.
	 */
	private static void withoutScripts(Browser browser, Browser axe, String name, List<String> problems) {
		browser.screenshot(name);
		String where = name + " (" + browser.path() + "): ";
		if (browser.find("body").getText().contains("??")) {
			problems.add(where + "unresolved message in the page text");
		}
		try {
			browser.assertNoHorizontalScroll();
		}
		catch (AssertionError ex) {
			problems.add(where + ex.getMessage());
		}
		axe.open(browser.path());
		try {
			axe.assertAccessible();
		}
		catch (AssertionError ex) {
			problems.add(where + ex.getMessage());
		}
	}

	private void signInAtServerTime(Browser browser, String username, String secret) {
		browser.driver().manage().deleteAllCookies();
		browser.open("/login");
		browser.find("input[name=username]").sendKeys(username);
		browser.find("input[name=password]").sendKeys(PASSWORD);
		SignIn.submitFormOf(browser, "username");
		browser.waitForPath("/login/code");
		Instant serverNow = clock.instant();
		browser.find("input[name=code]").sendKeys(TotpCodes.at(secret, serverNow));
		SignIn.submitFormOf(browser, "code");
		browser.waitToLeave("/login");
	}

	private static UUID id(Browser browser, String prefix) {
		Matcher matcher = Pattern.compile("^" + Pattern.quote(prefix) + "([0-9a-f-]{36})").matcher(browser.path());
		assertThat(matcher.find()).as("on a page under %s: %s", prefix, browser.path()).isTrue();
		return UUID.fromString(matcher.group(1));
	}

}
