package org.kumkrong.intake.web;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.account.StaffSession;
import org.kumkrong.intake.ReportChannel;
import org.kumkrong.intake.internal.ReportIntake;
import org.kumkrong.intake.internal.ReportSubmission;
import org.kumkrong.intake.internal.ReportSubmission.Danger;
import org.kumkrong.intake.internal.ReportSubmission.ReporterKind;
import org.kumkrong.intake.internal.Triage;
import org.kumkrong.platform.MutableClock;
import org.kumkrong.platform.ProofOfWork;
import org.kumkrong.platform.TestActors.TestActor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kumkrong.intake.web.ReportFormIntegrationTests.body;
import static org.kumkrong.intake.web.ReportFormIntegrationTests.expectRedirect;
import static org.kumkrong.intake.web.ReportFormIntegrationTests.title;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Follow-up by an anonymous reporter: the receipt opens the status and the conversation, only ever
 * through POST bodies; a wrong code or passphrase gets one neutral answer; replies are checked and stored.
 */
@KumkrongIntegrationTest
class FollowUpIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportIntake intake;

	@Autowired
	Triage triage;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ProofOfWork proofOfWork;

	@AfterEach
	void reset() {
		SecurityContextHolder.clearContext();
		clock.reset();
	}

	ReportIntake.Submitted report() {
		return intake.submit(new ReportSubmission(ReportChannel.PUBLIC, ReporterKind.CHILD, "AGE_13_15",
				List.of("ONLINE_GROOMING"), List.of("GROOMING"), null, "THIS_WEEK", Danger.NO, null, null, null,
				List.of(), List.of(), List.of(), List.of(), List.of(), "follow-up test", null, null, List.of()));
	}

	StaffSession reporter() throws Exception {
		StaffSession reporter = new StaffSession(mvc);
		reporter.get("/report/follow-up?lang=en");
		return reporter;
	}

	/** Opens the report as a child would type the receipt: lower case, spaces instead of dashes. */
	StaffSession opened(ReportIntake.Submitted submitted) throws Exception {
		StaffSession reporter = reporter();
		String code = submitted.receipt().code().toLowerCase().replace('-', ' ');
		String passphrase = submitted.receipt().passphrase().replace("-", "");
		expectRedirect(tryCode(reporter, code, passphrase), "/report/follow-up/messages");
		return reporter;
	}

	/** A try of the follow-up form, with the proof of work a browser with JavaScript solves. */
	MvcResult tryCode(StaffSession reporter, String code, String passphrase) throws Exception {
		return reporter.perform(Proofs.solved(proofOfWork,
				post("/report/follow-up").with(csrf()).param("code", code).param("passphrase", passphrase)));
	}

	@Test
	void theReceiptOpensTheStatusAndTheHotlinesMessagesWithoutCodesInAnyUrl() throws Exception {
		var submitted = report();
		String form = body(reporter().get("/report/follow-up"));
		assertThat(form).contains("letters and numbers", "Dashes and spaces don&#39;t matter")
			.contains("<label for=\"code\">Receipt code</label>", "<label for=\"passphrase\">Passphrase</label>");

		signInAs("TRIAGE");
		triage.reply(submitted.id(), "Are you safe now? Can you tell us the username?");
		SecurityContextHolder.clearContext();

		StaffSession child = opened(submitted);
		MvcResult page = child.get("/report/follow-up/messages");
		String messages = body(page);
		assertThat(page.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(title(messages)).isEqualTo("Messages");
		assertThat(messages).contains("We have your report. Someone will look at it soon.", "We wrote",
				"Are you safe now? Can you tell us the username?")
			.doesNotContain(submitted.receipt().code())
			.doesNotContain(submitted.receipt().passphrase());

		signInAs("TRIAGE");
		triage.open(submitted.id(), false);
		SecurityContextHolder.clearContext();
		assertThat(body(child.get("/report/follow-up/messages"))).contains("Someone is looking at your report now.");
	}

	@Test
	void statusesAreToldInAChildsWords() {
		assertThat(FollowUpController.statusKey(org.kumkrong.intake.ReportStatus.SCREENED_IN))
			.isEqualTo("intake.followup.status.screenedIn");
		assertThat(FollowUpController.statusKey(org.kumkrong.intake.ReportStatus.MERGED))
			.isEqualTo(FollowUpController.statusKey(org.kumkrong.intake.ReportStatus.SCREENED_OUT));
	}

	@Test
	void aWrongCodeOrPassphraseGetsTheSameNeutralAnswer() throws Exception {
		var submitted = report();
		String neutral = "We could not find a report with that code and passphrase.";
		StaffSession stranger = reporter();
		String wrongPassphrase = body(tryCode(stranger, submitted.receipt().code(), "ZZZZ-ZZZZ"));
		String wrongCode = body(tryCode(stranger, "ZZZZZ-" + submitted.receipt().code().substring(6), submitted.receipt().passphrase()));
		String nonsense = body(tryCode(stranger, "<script>", "' OR 1=1"));
		assertThat(List.of(wrongPassphrase, wrongCode, nonsense)).allSatisfy(page -> assertThat(page).contains(neutral)
			.contains("href=\"#code\"")
			.doesNotContain("<script>"));
		assertThat(stranger.get("/report/follow-up/messages").getResponse().getRedirectedUrl())
			.isEqualTo("/report/follow-up?expired=1");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'intake.followUp.failed'").query(Long.class)
			.single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void missingOrOversizedCodesAreNamed() throws Exception {
		StaffSession reporter = reporter();
		String empty = body(reporter.post("/report/follow-up", "code", "", "passphrase", ""));
		assertThat(empty).contains("Receipt code: please answer this.", "Passphrase: please answer this.",
				"href=\"#code\"", "href=\"#passphrase\"");
		String huge = body(reporter.post("/report/follow-up", "code", "A".repeat(100_000), "passphrase", "\u0000"));
		assertThat(huge).contains("Receipt code: this is too long.").doesNotContain("A".repeat(100));
		assertThat(reporter.post("/report/follow-up").getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void theReporterRepliesAndTheReplyIsCheckedStoredAndAudited() throws Exception {
		var submitted = report();
		StaffSession child = opened(submitted);
		String canary = "reply-" + UUID.randomUUID();

		expectRedirect(child.post("/report/follow-up/messages", "message", "His name is " + canary),
				"/report/follow-up/messages");
		String page = body(child.get("/report/follow-up/messages"));
		assertThat(page).contains("Thank you. We got your message.", "You wrote", "His name is " + canary);
		assertThat(body(child.get("/report/follow-up/messages"))).doesNotContain("Thank you. We got your message.");
		assertThat(jdbc.sql("select count(*) from intake_message where report_id = ? and direction = 'FROM_REPORTER'")
			.param(submitted.id()).query(Long.class).single()).isOne();
		assertThat(jdbc.sql("select body from intake_message where report_id = ?").param(submitted.id())
			.query(String.class).single()).doesNotContain(canary);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'intake.followUp.messageAdded' and record_id = ?")
			.param(submitted.id().toString()).query(Long.class).single()).isOne();

		String empty = body(child.post("/report/follow-up/messages", "message", "  "));
		assertThat(empty).contains("Write to us: please answer this.", "href=\"#message\"");
		assertThat(body(child.post("/report/follow-up/messages", "message", "x".repeat(5_001))))
			.contains("Write to us: this is too long.");
		assertThat(body(child.post("/report/follow-up/messages", "message", "bad\u0000byte")))
			.contains("Write to us: this does not look right.");
		String hostile = body(child.post("/report/follow-up/messages", "message", "\uD800<script>alert(1)</script>"));
		assertThat(hostile).contains("Write to us: this does not look right.").doesNotContain("<script>alert(1)");
		assertThat(jdbc.sql("select count(*) from intake_message where report_id = ?").param(submitted.id())
			.query(Long.class).single()).isOne();
	}

	@Test
	void closeForgetsTheReportAndAnOpenedReportClosesAfterAWhile() throws Exception {
		var submitted = report();
		StaffSession child = opened(submitted);
		expectRedirect(child.post("/report/follow-up/close"), "/report/follow-up?closed=1");
		assertThat(body(child.get("/report/follow-up?closed=1"))).contains("Your report is closed on this device.");
		expectRedirect(child.get("/report/follow-up/messages"), "/report/follow-up?expired=1");
		expectRedirect(child.post("/report/follow-up/messages", "message", "hello"), "/report/follow-up?expired=1");

		StaffSession again = opened(submitted);
		clock.advance(FollowUpController.OPEN_FOR.minus(Duration.ofMinutes(1)));
		assertThat(again.get("/report/follow-up/messages").getResponse().getStatus()).isEqualTo(200);
		clock.advance(FollowUpController.OPEN_FOR.plus(Duration.ofMinutes(1)));
		expectRedirect(again.get("/report/follow-up/messages"), "/report/follow-up?expired=1");
		assertThat(body(again.get("/report/follow-up?expired=1"))).contains("nothing happened for a while");
	}

	@Test
	void openingAReportGivesANewSessionId() throws Exception {
		var submitted = report();
		StaffSession child = reporter();
		String before = child.sessionCookie();
		assertThat(before).isNotNull();
		tryCode(child, submitted.receipt().code(), submitted.receipt().passphrase());
		assertThat(child.sessionCookie()).isNotNull().isNotEqualTo(before);
	}

	@Test
	void guessingOneCodeIsSlowedDownHoweverItIsTyped() throws Exception {
		var submitted = report();
		String code = submitted.receipt().code();
		StaffSession guesser = reporter();
		List<String> spellings = List.of(code, code.toLowerCase(), code.replace("-", " "), code.replace("-", ""),
				" " + code + " ", code.toLowerCase().replace("-", ""), code);
		List<Integer> statuses = new java.util.ArrayList<>();
		for (String spelling : spellings) {
			statuses.add(tryCode(guesser, spelling, "WRNG-WRNG").getResponse().getStatus());
		}
		assertThat(statuses).contains(429);
		assertThat(statuses.get(0)).isEqualTo(200);
		MvcResult slowed = tryCode(guesser, code, submitted.receipt().passphrase());
		assertThat(slowed.getResponse().getStatus()).as("even the right passphrase waits").isEqualTo(429);
		assertThat(body(slowed)).contains("1387");
	}

	private static void signInAs(String... authorities) {
		var principal = new TestActor(UUID.randomUUID(), "analyst-test", UUID.randomUUID());
		var list = java.util.Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, list));
	}

}
