package org.kumkrong.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance journeys of issue 7 on a 360 px phone: a trainee police officer (Chiang Rai) takes the police
 * course, fails the assessment once, passes and downloads the certificate; the public page confirms the code
 * and rejects a wrong one; the coordinator sees the completion in the coverage view; a trainer writes and
 * publishes a course (a hostile lesson previews harmless); and a 12-year-old with no account and JavaScript
 * off completes a public module in Thai. Every page passes axe.
 */
@BrowserTest
class TrainingBrowserTests {

	static final String PASSWORD = "Kumkrong-demo-2026";

	static final String INVESTIGATOR_CHIANG_RAI = "JGY6JKBYLCKXVB3QMWAG7A2PRR3X6CME";

	static final String COORDINATOR = "XYDGUJEUTKAICG65I2ZYTBANPWDOYNCO";

	static final String TRAINER = "ITLV2EWGLBOHHZMDX4U3TF3ZCJJZEHFE";

	@Autowired
	JdbcTemplate jdbc;

	UUID policeCourse() {
		return jdbc.queryForObject("select id from training_course where slug = 'police-first-response'", UUID.class);
	}

	/** investigator2 starts the police course afresh (the in-memory database is shared by the test classes). */
	void forgetTraining(String username) {
		UUID user = jdbc.queryForObject("select id from account_user where username = ?", UUID.class, username);
		for (String table : List.of("training_lesson_done", "training_attempt", "training_certificate")) {
			jdbc.update("delete from " + table + " where enrolment_id in (select id from training_enrolment where user_id = ?)", user);
		}
		jdbc.update("delete from training_enrolment where user_id = ?", user);
	}

	boolean correct(String optionId) {
		return jdbc.queryForObject("select correct from training_option where id = ?", Boolean.class, UUID.fromString(optionId));
	}

	/** Ticks, in every question, the right options (or the first wrong one). */
	void answer(Browser browser, boolean right) {
		for (WebElement question : browser.driver().findElements(By.cssSelector("fieldset.question"))) {
			boolean wrongChosen = false;
			for (WebElement input : question.findElements(By.cssSelector("input"))) {
				boolean isRight = correct(input.getAttribute("value"));
				if ((right && isRight) || (!right && !isRight && !wrongChosen)) {
					browser.script("arguments[0].scrollIntoView({block:'center'});", input);
					input.click();
					wrongChosen = !right;
				}
			}
		}
	}

	static void signIn(Browser browser, String username, String secret) {
		browser.open("/login?lang=en");
		SignIn.signIn(browser, username, PASSWORD, secret);
	}

	@Test
	void aTraineeFailsOncePassesDownloadsTheCertificateAnyoneCanCheckAndTheCoordinatorSeesIt(Browser browser,
			Browser checker) {
		List<String> problems = new ArrayList<>();
		forgetTraining("investigator2");
		UUID course = policeCourse();

		signIn(browser, "investigator2", INVESTIGATOR_CHIANG_RAI);
		browser.open("/training");
		browser.review("training-home", problems);
		browser.find("a[href='/training/courses/" + course + "']").click();
		browser.waitFor("#enrol");
		browser.review("training-course", problems);
		browser.submit("#enrol");
		browser.waitFor("ol.lessons a").click();
		browser.waitFor("#lesson-done");
		assertThat(browser.find("article.lesson-text").getText()).contains("Penal Code section 287/1");
		browser.review("training-lesson", problems);
		// The practice question at the end of the lesson is marked on the page and kept nowhere.
		WebElement practice = browser.find("#p1-o1");
		browser.script("arguments[0].scrollIntoView({block:'center'});", practice);
		practice.click();
		browser.submit("#check-practice");
		assertThat(browser.waitFor("#practice-score").getText()).matches("You got [01] of 1 right\\.");
		browser.review("training-lesson-practice", problems);
		for (int i = 0; i < 10 && !browser.path().contains("#assessment"); i++) {
			browser.submit("#lesson-done");
			browser.waitFor("main h1");
		}
		assertThat(browser.path()).isEqualTo("/training/courses/" + course + "#assessment");

		browser.find("#start-assessment").click();
		browser.waitFor("#assessment-form");
		assertThat(browser.driver().findElements(By.cssSelector("fieldset.question"))).hasSize(8);
		browser.review("training-assessment", problems);
		answer(browser, false);
		browser.submit("#submit-assessment");
		browser.waitFor("#result-failed");
		assertThat(browser.find("main").getText()).contains("You scored 0 %", "Questions to revisit");
		browser.review("training-failed", problems);

		browser.find("#retry-assessment").click();
		browser.waitFor("#assessment-form");
		assertThat(browser.find("main").getText()).contains("Attempt 2 of 3");
		answer(browser, true);
		browser.submit("#submit-assessment");
		browser.waitFor("#result-passed");
		browser.review("training-passed", problems);
		String code = browser.find("#certificate-code").getText();
		assertThat(code).matches("KKT(-[A-Z0-9]{4}){3}");
		String href = browser.find("#certificate-download").getAttribute("href");
		@SuppressWarnings("unchecked")
		Map<String, Object> download = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(async r => {
				  const bytes = new Uint8Array(await r.arrayBuffer());
				  done({status: r.status, type: r.headers.get('content-type'), disposition: r.headers.get('content-disposition'),
				        start: String.fromCharCode(...bytes.slice(0, 5)), size: bytes.length});
				});""", href);
		assertThat(download).containsEntry("status", 200L).containsEntry("type", "application/pdf")
			.containsEntry("start", "%PDF-");
		assertThat((String) download.get("disposition")).contains(code + ".pdf");
		browser.submit("form[action='/logout'] button");

		checker.open("/certificates/" + code + "?lang=th");
		checker.waitFor("#certificate-valid");
		assertThat(checker.find("#certificate-valid").getText()).contains(code, "Demo Investigator (Chiang Rai)",
				"การรับมือเบื้องต้น");
		checker.review("certificate-genuine-th", problems);
		checker.open("/certificates/KKT-AAAA-BBBB-CCCC?lang=en");
		checker.waitFor("#certificate-unknown");
		assertThat(checker.find("main").getText()).contains("No certificate with the code KKT-AAAA-BBBB-CCCC")
			.doesNotContain("Demo Investigator");
		checker.review("certificate-unknown-en", problems);
		// The form on the page checks a typed code without JavaScript.
		checker.find("#code").sendKeys(code.toLowerCase());
		checker.submit("#verify");
		checker.waitFor("#certificate-valid");

		signIn(browser, "coordinator", COORDINATOR);
		browser.open("/training");
		browser.find("#coverage-link").click();
		browser.waitFor("#coverage-groups");
		browser.open("/training/coverage?course=" + course);
		browser.waitFor("#coverage-groups");
		WebElement row = browser.driver().findElements(By.cssSelector("#coverage-groups tbody tr")).stream()
			.filter(tr -> tr.getText().contains("Chiang Rai") && tr.getText().contains("Police investigator"))
			.findFirst().orElseThrow();
		int completed = Integer.parseInt(row.findElements(By.cssSelector("td")).get(4).getText().strip());
		assertThat(completed).as("completions of investigators in Chiang Rai").isGreaterThanOrEqualTo(1);
		assertThat(browser.find(".province-map svg").isDisplayed()).isTrue();
		assertThat(browser.find(".province-map").getAttribute("innerHTML")).doesNotContain("null");
		assertThat(browser.find("#gaps-heading").isDisplayed()).isTrue();
		browser.review("training-coverage", problems);
		browser.open("/training/coverage?course=" + course + "&lang=th");
		browser.waitFor("#coverage-groups");
		assertThat(browser.find("#gaps-heading").getText()).isEqualTo("ช่องว่าง");
		browser.review("training-coverage-th", problems);
		browser.open("/training/courses/" + course + "?lang=th");
		assertThat(browser.waitFor("#enrol").getText()).isEqualTo("ลงทะเบียนเรียนหลักสูตรนี้");
		browser.review("training-course-th", problems);
		assertThat(problems).isEmpty();
	}

	@Test
	void aTrainerWritesAndPublishesACourseAndAHostileLessonPreviewsHarmless(Browser browser) {
		List<String> problems = new ArrayList<>();
		signIn(browser, "trainer", TRAINER);
		browser.open("/training/author");
		browser.review("training-author-list", problems);
		String title = "Browser test course " + UUID.randomUUID().toString().substring(0, 6);
		browser.find("#titleEn").sendKeys(title);
		browser.find("#titleTh").sendKeys("หลักสูตรทดสอบ");
		browser.find("#passMarkPercent").clear();
		browser.find("#passMarkPercent").sendKeys("lots");
		browser.submit("#create-course");
		assertThat(browser.find(".error-summary").getText()).contains("Pass mark");
		browser.review("training-author-error", problems);
		browser.find("#passMarkPercent").clear();
		browser.find("#passMarkPercent").sendKeys("100");
		browser.submit("#create-course");
		browser.waitFor("#add-lesson").click();
		browser.waitFor("#lesson-form");
		browser.find("#titleEn").sendKeys("Hostile lesson");
		browser.find("#bodyEn").sendKeys("<img src=x onerror=\"document.title='pwned'\"> [click](javascript:document.title='pwned') "
				+ "![x](https://tracker.example/p.gif) **bold**");
		browser.submit("#preview-lesson");
		WebElement preview = browser.waitFor("#preview-en");
		assertThat(preview.findElements(By.cssSelector("img"))).isEmpty();
		assertThat(preview.findElements(By.cssSelector("a"))).isEmpty();
		assertThat(preview.findElements(By.cssSelector("strong"))).hasSize(1);
		assertThat(browser.driver().getTitle()).doesNotContain("pwned");
		browser.review("training-author-preview", problems);
		browser.submit("#save-lesson");
		browser.waitFor("#add-question").click();
		browser.waitFor("#question-form");
		browser.find("#textEn").sendKeys("Is this a test?");
		browser.find("#optionEn0").sendKeys("Yes");
		browser.find("#optionEn1").sendKeys("No");
		browser.review("training-author-question", problems);
		browser.submit("#save-question");
		assertThat(browser.find(".error-summary").getText()).contains("Tick the right answers");
		browser.find("#correct0").click();
		browser.submit("#save-question");
		browser.waitFor("#publish");
		browser.review("training-author-course", problems);
		browser.submit("#publish");
		assertThat(browser.waitFor(".notice.success").getText()).contains("Version 1 is published");
		assertThat(browser.find("#start-draft").isDisplayed()).isTrue();
		browser.open("/training/enrol");
		browser.review("training-enrol", problems);
		assertThat(problems).isEmpty();
	}

	@Test
	void aTwelveYearOldWithoutAnAccountCompletesAPublicModuleInThaiWithoutJavaScript(@WithoutJavaScript Browser phone,
			Browser axe) {
		List<String> problems = new ArrayList<>();
		phone.open("/learn?lang=th");
		assertThat(phone.script("return window.innerWidth;")).isEqualTo(360L);
		assertThat(phone.find("h1").getText()).isEqualTo("เรียนรู้เพื่อปลอดภัยบนโลกออนไลน์");
		phone.screenshot("learn-index-th-nojs").assertNoHorizontalScroll();
		axe.open(phone.path()).review("learn-index-th", problems);
		phone.find("a[href='/learn/someone-too-nice']").click();
		phone.waitFor("#self-check-form");
		assertThat(phone.find("article.lesson-text").getText()).contains("การล่อลวง", "1387");
		phone.screenshot("learn-module-th-nojs").assertNoHorizontalScroll();
		axe.open(phone.path()).review("learn-module-th", problems);
		for (String id : List.of("q1-o1", "q2-o1", "q2-o2", "q2-o3", "q3-o1", "q4-o1")) {
			WebElement input = phone.find("#" + id);
			phone.script("arguments[0].scrollIntoView({block:'center'});", input);
			phone.find("label[for='" + id + "']").click();
		}
		phone.submit("#check-answers");
		phone.waitFor("#check-score");
		assertThat(phone.find("#check-score").getText()).isEqualTo("ตอบถูก 4 จาก 4 ข้อ");
		assertThat(phone.find("html").getAttribute("lang")).isEqualTo("th");
		phone.screenshot("learn-check-th-nojs").assertNoHorizontalScroll();
		axe.open(phone.path()).review("learn-check-th", problems);
		assertThat(phone.driver().manage().getCookies()).extracting(org.openqa.selenium.Cookie::getName)
			.as("no session or tracking cookie; only the language chosen").isSubsetOf(Set.of("kk_lang"));
		phone.find("#learn-report").click();
		phone.waitForPath("/report");
		for (String slug : List.of("block-report-tell", "sextortion-not-your-fault", "helping-a-friend", "parents-teachers")) {
			axe.open("/learn/" + slug + "?lang=en");
			axe.waitFor("#self-check-form");
			axe.review("learn-" + slug + "-en", problems);
		}
		assertThat(problems).isEmpty();
	}

}
