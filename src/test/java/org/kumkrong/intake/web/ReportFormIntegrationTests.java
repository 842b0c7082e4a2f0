package org.kumkrong.intake.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.account.StaffSession;
import org.kumkrong.intake.ReportPriority;
import org.kumkrong.intake.internal.ReportIntake;
import org.kumkrong.intake.internal.SubmissionCheck;
import org.kumkrong.platform.ProofOfWork;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The public report form page by page, as a browser without JavaScript uses it: POSTs that redirect,
 * the draft in the (database-backed) session found by its cookie, the receipt shown once, and every
 * field answered with missing, oversized, malformed, wrongly encoded and hostile values.
 */
@KumkrongIntegrationTest
class ReportFormIntegrationTests {

	static final Pattern RECEIPT_CODE = Pattern.compile("id=\"receipt-code\">([^<]+)<");

	static final Pattern RECEIPT_PASSPHRASE = Pattern.compile("id=\"receipt-passphrase\">([^<]+)<");

	static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportIntake intake;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProofOfWork proofOfWork;

	@Autowired
	ReportFormCheck formCheck;

	@Autowired
	SubmissionCheck submissionCheck;

	/** A reporter's browser with the English pages. */
	StaffSession reporter() throws Exception {
		StaffSession reporter = new StaffSession(mvc);
		reporter.get("/report?lang=en");
		return reporter;
	}

	@Test
	void childReportsGroomingInDangerNowAndGetsTheReceiptOnce() throws Exception {
		StaffSession child = reporter();
		String canary = "canary-" + UUID.randomUUID();

		assertThat(body(child.get("/report/who"))).contains("Who are you?");
		expectRedirect(child.post("/report/who", "reporter", "CHILD"), "/report/age");
		expectRedirect(child.post("/report/age", "ageBand", "AGE_13_15"), "/report/what");
		assertThat(body(child.get("/report/what"))).contains("Never send us sexual pictures, not even of yourself.");
		expectRedirect(child.perform(post("/report/what").with(csrf()).param("whatHappened", "GROOMING", "ASKED_FOR_PICTURES")),
				"/report/where");
		expectRedirect(child.post("/report/where", "platforms", "TIKTOK", "links", "\n tiktok.com/@groomer_" + canary
				+ " \n", "usernames", "@groomer_" + canary), "/report/when");
		expectRedirect(child.post("/report/when", "when", "THIS_WEEK"), "/report/now");
		expectRedirect(child.post("/report/now", "danger", "NOW"), "/report/more");
		String more = body(child.get("/report/more"));
		assertThat(more).contains("href=\"tel:191\"").contains("You told us a child is in danger right now.");
		expectRedirect(child.post("/report/more", "description", "He says I am special. " + canary), "/report/contact");
		expectRedirect(child.post("/report/contact", "contactName", "", "contactPhone", "", "contactEmail", "",
				"contactTime", ""), "/report/check");

		String check = body(child.get("/report/check"));
		assertThat(check).contains("Check your answers", "I am a child or a teenager (under 18)", "Age: 13 to 15",
				"An adult or an older person is getting too close online", "TikTok", "@groomer_" + canary, "This week",
				"Yes, right now", "You stay anonymous", "href=\"tel:191\"");
		assertThat(check).contains("href=\"/report/who\"", "href=\"/report/what\"", "href=\"/report/contact\"");
		// What the child wrote is in the session table only sealed (SECURITY.md row 12).
		assertThat(sessionBytesContain(canary)).isFalse();

		expectRedirect(send(child), "/report/done");
		MvcResult done = child.get("/report/done");
		assertThat(done.getResponse().getHeader("Cache-Control")).contains("no-store");
		String receiptPage = body(done);
		assertThat(receiptPage).contains("Write these down or take a photo of them. We cannot show them again.", "1387",
				"1300", "href=\"tel:191\"");
		assertThat(title(receiptPage)).isEqualTo("Form – sent");
		String code = group(RECEIPT_CODE, receiptPage);
		String passphrase = group(RECEIPT_PASSPHRASE, receiptPage);

		String again = body(child.get("/report/done"));
		assertThat(again).contains("This page has already been shown").doesNotContain(code).doesNotContain(passphrase);
		// The draft is gone: the form starts afresh.
		expectRedirect(child.get("/report/more"), "/report?expired=1");

		UUID reportId = intake.followUp(code, passphrase).orElseThrow().reportId();
		var row = jdbc.sql("select priority, reporter_kind, reporter_age_band, platform_code, danger, contact from "
				+ "intake_report where id = ?").param(reportId).query().singleRow();
		assertThat(ReportPriority.ofRank(((Number) row.get("priority")).intValue())).isEqualTo(ReportPriority.DANGER_NOW);
		assertThat(row.get("reporter_kind")).isEqualTo("CHILD");
		assertThat(row.get("reporter_age_band")).isEqualTo("AGE_13_15");
		assertThat(row.get("platform_code")).isEqualTo("TIKTOK");
		assertThat(row.get("danger")).isEqualTo("NOW");
		assertThat(row.get("contact")).isNull();
		assertThat(jdbc.sql("select offence_code from intake_report_offence where report_id = ?").param(reportId)
			.query(String.class).list()).containsExactlyInAnyOrder("ONLINE_GROOMING", "CSAM_SOLICITATION");
		// The pasted link was read as a web address: it became a duplicate indicator.
		assertThat(jdbc.sql("select count(*) from intake_indicator where report_id = ? and kind = 'URL'").param(reportId)
			.query(Long.class).single()).isOne();
	}

	@Test
	void everyPageHasANeutralTitleAndTheQuickExit() throws Exception {
		StaffSession adult = reporter();
		assertThat(title(body(adult.get("/report")))).isEqualTo("Form");
		List<String> titles = new ArrayList<>();
		titles.add(title(body(adult.get("/report/who"))));
		answerUpTo(adult, ReportStep.CHECK);
		for (ReportStep step : ReportStep.values()) {
			if (step != ReportStep.AGE) {
				String page = body(adult.get(step.path()));
				titles.add(title(page));
				assertThat(page).contains("id=\"quick-exit\"");
			}
		}
		assertThat(titles).allMatch(t -> t.matches("Form – step [1-8] of 8"), "neutral titles");
		assertThat(title(body(adult.get("/report/follow-up")))).isEqualTo("Form – code");
	}

	@Test
	void pagesCannotBeSkippedAndALostDraftStartsAgainKindly() throws Exception {
		StaffSession adult = reporter();
		expectRedirect(adult.get("/report/check"), "/report?expired=1");
		expectRedirect(adult.post("/report/when", "when", "TODAY"), "/report?expired=1");
		assertThat(body(adult.get("/report?expired=1"))).contains("We cleared your answers");
		expectRedirect(adult.post("/report/who", "reporter", "OTHER_ADULT"), "/report/what");
		// Typing a later page's address leads back to the first page still to answer.
		expectRedirect(adult.get("/report/when"), "/report/what");
		expectRedirect(adult.get("/report/check"), "/report/what");
		// Only a child is asked their age.
		expectRedirect(adult.get("/report/age"), "/report/what");
		assertThat(adult.get("/report/nothing-here").getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aFormSentAfterTheSessionEndedIsShownAgainNotForbidden() throws Exception {
		// No session and no CSRF token: not processed, but answered with the page (then "start again").
		MvcResult result = mvc.perform(post("/report/more").param("description", "x")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(303);
		assertThat(result.getResponse().getHeader("Location")).isEqualTo("/report/more");
		// Only public pages: a staff form without its token is still simply refused.
		assertThat(mvc.perform(post("/admin/users").param("username", "x")).andReturn().getResponse().getStatus())
			.isIn(302, 403);
	}

	@Test
	void goingBackShowsTheAnswersAndChangingFromTheCheckPageReturnsThere() throws Exception {
		StaffSession parent = reporter();
		answerUpTo(parent, ReportStep.CHECK);
		assertThat(body(parent.get("/report/check"))).contains("I am a parent or carer of the child");

		String what = body(parent.get("/report/what"));
		assertThat(what).containsPattern("value=\"THREATENED_TO_SHARE\"[^>]*checked");
		assertThat(what).contains("href=\"/report/check\"");
		expectRedirect(parent.post("/report/what", "whatHappened", "NOT_SURE"), "/report/check");
		assertThat(body(parent.get("/report/check"))).contains("I&#39;m not sure")
			.doesNotContain("Someone threatened to share pictures");

		// Now a child: the age page is asked, then back to checking.
		expectRedirect(parent.post("/report/who", "reporter", "CHILD"), "/report/age");
		expectRedirect(parent.get("/report/check"), "/report/age");
		expectRedirect(parent.post("/report/age", "ageBand", "AGE_10_12"), "/report/check");
		assertThat(body(parent.get("/report/check"))).contains("Age: 10 to 12");

		expectRedirect(parent.post("/report/when", "when", "DATE", "date", "14/3/2569"), "/report/check");
		assertThat(body(parent.get("/report/when"))).contains("value=\"2026-03-14\"");
		assertThat(body(parent.get("/report/check"))).contains("14 Mar 2026");
	}

	@Test
	void aReportWithADateAndContactIsStoredWithThem() throws Exception {
		StaffSession adult = reporter();
		answerUpTo(adult, ReportStep.WHEN);
		expectRedirect(adult.post("/report/when", "date", "2026-01-02"), "/report/now");
		expectRedirect(adult.post("/report/now", "danger", "ONGOING"), "/report/more");
		expectRedirect(adult.post("/report/more", "description", ""), "/report/contact");
		expectRedirect(adult.post("/report/contact", "contactPhone", "081 234 5678", "contactEmail", "someone@example.org",
				"contactName", "Nok", "contactTime", "after 4 pm"), "/report/check");
		assertThat(body(adult.get("/report/check"))).contains("Phone number: 081 234 5678", "E-mail: someone@example.org");
		expectRedirect(send(adult), "/report/done");
		String page = body(adult.get("/report/done"));
		UUID id = intake.followUp(group(RECEIPT_CODE, page), group(RECEIPT_PASSPHRASE, page)).orElseThrow().reportId();
		var row = jdbc.sql("select priority, contact from intake_report where id = ?").param(id).query().singleRow();
		assertThat(ReportPriority.ofRank(((Number) row.get("priority")).intValue()))
			.isEqualTo(ReportPriority.ONGOING_CONTACT);
		assertThat((String) row.get("contact")).isNotBlank().doesNotContain("someone@example.org");
	}

	@Test
	void thaiPagesSpeakThai() throws Exception {
		StaffSession child = new StaffSession(mvc);
		child.get("/report?lang=th");
		String who = body(child.get("/report/who"));
		assertThat(title(who)).isEqualTo("แบบฟอร์ม – ขั้นที่ 1 จาก 8");
		assertThat(who).contains("คุณคือใคร", "ฉันเป็นเด็กหรือวัยรุ่น");
		assertThat(body(child.post("/report/who", "reporter", ""))).contains("คุณคือใคร: โปรดตอบข้อนี้");
	}

	@Test
	void everyProblemTheIntakeFindsInAPublicReportHasAQuestionToShowItAt() {
		ReportForm form = new ReportForm();
		form.setReporter("CHILD");
		form.setAgeBand("AGE_99");
		form.setPlatforms(List.of("MYSPACE", "TIKTOK"));
		form.setLinks("javascript:alert(1)\n\nhttps://example.org/\u0000\n" + "https://" + "a".repeat(3000) + ".org");
		form.setUsernames("ok\n@bad\uD800");
		form.setWhen(ReportForm.ON_DATE);
		form.setDate("2099-01-01");
		form.setDescription("x".repeat(10_001));
		form.setContactEmail("not-an-email");
		form.setContactPhone("call me");
		form.setContactName("x".repeat(201));
		form.setContactTime("a\u0000");
		var found = submissionCheck.problems(form.toSubmission());
		var shown = formCheck.fromIntakeRules(form);
		// A path the form does not know (renamed in the intake's rules) would leave a problem nowhere to be seen.
		assertThat(found).hasSizeGreaterThan(10);
		assertThat(shown).hasSameSizeAs(found);
		assertThat(shown).extracting(FormProblem::field).contains("ageBand", "platforms", "links", "usernames", "date",
				"description", "contactEmail", "contactPhone", "contactName", "contactTime");
	}

	/** Each page, a field, a value, and the problem the page must name (null: the value is accepted). */
	static Stream<Arguments> answers() {
		String huge = "x".repeat(100_000);
		String sixtyLines = String.join("\n", java.util.Collections.nCopies(60, "https://example.org/a"));
		return Stream.of(
				Arguments.of(ReportStep.WHO, "reporter", null, "Who you are: please answer this."),
				Arguments.of(ReportStep.WHO, "reporter", "", "Who you are: please answer this."),
				Arguments.of(ReportStep.WHO, "reporter", "ADMIN", "Who you are: please choose from the answers shown."),
				Arguments.of(ReportStep.WHO, "reporter", "PARTNER", "Who you are: please choose from the answers shown."),
				Arguments.of(ReportStep.WHO, "reporter", huge, "Who you are: please choose"),
				Arguments.of(ReportStep.WHO, "reporter", "CHILD\u0000", "Who you are: please choose"),
				Arguments.of(ReportStep.AGE, "ageBand", null, "Your age: please answer this."),
				Arguments.of(ReportStep.AGE, "ageBand", "ADULT_18_PLUS", "Your age: please choose"),
				Arguments.of(ReportStep.AGE, "ageBand", "' OR '1'='1", "Your age: please choose"),
				Arguments.of(ReportStep.WHAT, "whatHappened", null, "What happened: please answer this."),
				Arguments.of(ReportStep.WHAT, "whatHappened", "HACKED", "What happened: please choose"),
				Arguments.of(ReportStep.WHERE, "platforms", "MYSPACE", "Apps, games or websites: please choose"),
				Arguments.of(ReportStep.WHERE, "links", "javascript:alert(1)", "Links, line 1: this does not look right."),
				Arguments.of(ReportStep.WHERE, "links", "https://example.org/\u0000", "Links, line 1: this does not look right."),
				Arguments.of(ReportStep.WHERE, "links", "https://" + "a".repeat(3000) + ".org", "Links, line 1: this is too long."),
				Arguments.of(ReportStep.WHERE, "links", huge, "Links: this is too long."),
				Arguments.of(ReportStep.WHERE, "links", sixtyLines, "Links: this is too many."),
				Arguments.of(ReportStep.WHERE, "usernames", "ok\n\n@bad\uD800", "Usernames, line 3: this does not look right."),
				Arguments.of(ReportStep.WHERE, "links", "<script>alert(1)</script>", "Links, line 1: this does not look right."),
				Arguments.of(ReportStep.WHERE, "usernames", "<script>alert(1)</script>", null),
				Arguments.of(ReportStep.WHEN, "when", null, "When it happened: please answer this."),
				Arguments.of(ReportStep.WHEN, "when", "YESTERDAY", "When it happened: please choose"),
				Arguments.of(ReportStep.WHEN, "date", "31/02/2026", "The date: this does not look right."),
				Arguments.of(ReportStep.WHEN, "date", "2099-01-01", "The date: this cannot be right."),
				Arguments.of(ReportStep.WHEN, "date", "1980-01-01", "The date: this cannot be right."),
				Arguments.of(ReportStep.WHEN, "date", huge, "The date: this does not look right."),
				Arguments.of(ReportStep.DANGER, "danger", null, "Danger right now: please answer this."),
				Arguments.of(ReportStep.DANGER, "danger", "MAYBE", "Danger right now: please choose"),
				Arguments.of(ReportStep.MORE, "description", "x".repeat(10_001), "Anything else: this is too long."),
				Arguments.of(ReportStep.MORE, "description", "a\u0000b", "Anything else: this does not look right."),
				Arguments.of(ReportStep.MORE, "description", "caf\uFFFD", "Anything else: this does not look right."),
				Arguments.of(ReportStep.MORE, "description", "\uDC00", "Anything else: this does not look right."),
				Arguments.of(ReportStep.MORE, "description", "<script>alert(1)</script> ${7*7} ' OR 1=1 --", null),
				Arguments.of(ReportStep.CONTACT, "contactEmail", "not-an-email", "E-mail: this does not look right."),
				Arguments.of(ReportStep.CONTACT, "contactEmail", "x".repeat(300), "E-mail: this is too long."),
				Arguments.of(ReportStep.CONTACT, "contactPhone", "call me maybe", "Phone number: this does not look right."),
				Arguments.of(ReportStep.CONTACT, "contactPhone", "\r\nSet-Cookie: a=1", "Phone number: this does not look right."),
				Arguments.of(ReportStep.CONTACT, "contactName", "x".repeat(201), "Name: this is too long."),
				Arguments.of(ReportStep.CONTACT, "contactTime", "x".repeat(501), "Safe time to contact you: this is too long."),
				Arguments.of(ReportStep.CONTACT, "contactName", "\"><img src=x onerror=alert(1)>", null));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("answers")
	void everyAnswerIsCheckedAndAProblemNamesItsField(ReportStep step, String field, String value, String problem)
			throws Exception {
		StaffSession reporter = reporter();
		answerUpTo(reporter, step);
		var request = post(step.path()).with(csrf());
		if (value != null) {
			request.param(field, value);
		}
		if (field.equals("date")) {
			request.param("when", "DATE");
		}
		MvcResult result = reporter.perform(request);
		int status = result.getResponse().getStatus();
		assertThat(status).as("status").isLessThan(500);
		String page = body(result);
		assertThat(page).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x");
		if (problem == null) {
			assertThat(status).as("accepted").isEqualTo(302);
			return;
		}
		assertThat(status).isEqualTo(200);
		assertThat(page).contains("id=\"error-summary\"").contains("href=\"#" + field + "\"").contains(problem);
		assertThat(page).containsPattern("id=\"" + field + "\"");
		assertThat(title(page)).startsWith("Please check:");
	}

	@Test
	void wronglyEncodedFormBytesAreNamedNotAServerError() throws Exception {
		StaffSession reporter = reporter();
		answerUpTo(reporter, ReportStep.MORE);
		MvcResult result = reporter.perform(post("/report/more").with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("description=%C3%28%FF%FE".getBytes(StandardCharsets.ISO_8859_1)));
		assertThat(result.getResponse().getStatus()).isLessThan(500);
		if (result.getResponse().getStatus() == 200) {
			assertThat(body(result)).contains("Anything else: this does not look right.");
		}
	}

	/** "Send my report", with the proof of work a browser with JavaScript solves. */
	MvcResult send(StaffSession reporter) throws Exception {
		return reporter.perform(Proofs.solved(proofOfWork, post("/report/check").with(csrf())));
	}

	@Test
	void aFloodOfReportsFromOneSenderIsAskedToSlowDown() throws Exception {
		// A client of its own (documentation range), so this flood uses no other test's budget.
		RequestPostProcessor flooder = request -> {
			request.setRemoteAddr("198.51.100.77");
			return request;
		};
		int sent = 0;
		MvcResult last;
		do {
			StaffSession reporter = reporter();
			answerUpTo(reporter, ReportStep.CHECK);
			last = reporter.perform(Proofs.solved(proofOfWork, post("/report/check").with(csrf()).with(flooder)));
			sent++;
		}
		while (last.getResponse().getStatus() == 302 && sent < 30);
		assertThat(sent).as("reports accepted before slowing down").isGreaterThan(5);
		assertThat(last.getResponse().getStatus()).isEqualTo(429);
		assertThat(body(last)).contains("1387");
	}

	/** Answers every page before {@code step} as a parent reporting sextortion (a child's age page is skipped). */
	static void answerUpTo(StaffSession reporter, ReportStep step) throws Exception {
		boolean child = step == ReportStep.AGE;
		List<String[]> pages = List.of(new String[] { "who", "reporter", child ? "CHILD" : "PARENT_OR_CARER" },
				new String[] { "age", "ageBand", "AGE_13_15" }, new String[] { "what", "whatHappened", "THREATENED_TO_SHARE" },
				new String[] { "where", "links", "" }, new String[] { "when", "when", "NOT_SURE" },
				new String[] { "now", "danger", "UNKNOWN" }, new String[] { "more", "description", "" },
				new String[] { "contact", "contactName", "" });
		for (String[] page : pages) {
			ReportStep at = ReportStep.ofSlug(page[0]);
			if (at == step) {
				return;
			}
			if (at == ReportStep.AGE && !child) {
				continue;
			}
			assertThat(reporter.post(at.path(), page[1], page[2]).getResponse().getStatus()).as(at.path()).isEqualTo(302);
		}
	}

	private boolean sessionBytesContain(String text) {
		byte[] needle = text.getBytes(StandardCharsets.UTF_8);
		return jdbc.sql("select attribute_bytes from spring_session_attributes").query((rs, n) -> rs.getBytes(1)).list()
			.stream()
			.anyMatch(bytes -> indexOf(bytes, needle) >= 0);
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	static void expectRedirect(MvcResult result, String location) {
		assertThat(result.getResponse().getStatus()).as("status of redirect to " + location).isIn(302, 303);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(location);
	}

	static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static String title(String page) {
		return group(TITLE, page);
	}

	static String group(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
		return matcher.group(1);
	}

}
