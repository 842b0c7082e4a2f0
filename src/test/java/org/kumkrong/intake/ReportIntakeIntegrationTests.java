package org.kumkrong.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.intake.internal.ReportIntake;
import org.kumkrong.intake.internal.ReportSubmission;
import org.kumkrong.intake.internal.ReportSubmission.Danger;
import org.kumkrong.intake.internal.ReportSubmission.ReporterKind;
import org.kumkrong.intake.internal.SubmissionProblem;
import org.kumkrong.intake.internal.SubmissionRejected;
import org.kumkrong.intake.internal.Triage;
import org.kumkrong.platform.TestActors.TestActor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@KumkrongIntegrationTest
class ReportIntakeIntegrationTests {

	@Autowired
	ReportIntake intake;

	@Autowired
	Triage triage;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	static ReportSubmission publicReport(Danger danger, String ageBand, String text) {
		return new ReportSubmission(ReportChannel.PUBLIC, ReporterKind.CHILD, ageBand, List.of("ONLINE_GROOMING"),
				List.of("GROOMING"), null, "THIS_WEEK", danger, null, "TH", "TH-57", List.of("TIKTOK"),
				List.of(new ReportSubmission.InternetDetail("USERNAME", "@Groomer_" + text, "TIKTOK", null)), List.of(),
				List.of(), List.of(), text, new ReportSubmission.Contact(null, "0812345678", null, null), null, List.of());
	}

	@Test
	void storesPublicReportWithReceiptThatOpensFollowUpAndEncryptsWords() {
		String canary = "canary-" + UUID.randomUUID();
		ReportIntake.Submitted submitted = intake.submit(publicReport(Danger.NO, "AGE_13_15", canary));

		assertThat(submitted.reference()).matches("RP-\\d{4}-\\d{7}");
		assertThat(submitted.receipt().code()).matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
		assertThat(submitted.receipt().passphrase()).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
		String rows = jdbc.sql("select details || coalesce(contact, '') from intake_report where id = ?")
			.param(submitted.id()).query(String.class).single();
		assertThat(rows).doesNotContain(canary).doesNotContain("0812345678");

		var followUp = intake.followUp(submitted.receipt().code().toLowerCase(), submitted.receipt().passphrase());
		assertThat(followUp).get().extracting(ReportIntake.FollowUp::status).isEqualTo(ReportStatus.RECEIVED);
		assertThat(intake.followUp(submitted.receipt().code(), "0000-0000")).isEmpty();
		assertThat(intake.followUp("nonsense", submitted.receipt().passphrase())).isEmpty();

		assertThat(intake.addFromReporter(submitted.receipt().code(), submitted.receipt().passphrase(), "more " + canary))
			.isTrue();
		assertThat(intake.followUp(submitted.receipt().code(), submitted.receipt().passphrase()).orElseThrow().messages())
			.singleElement()
			.satisfies(m -> assertThat(m.body()).isEqualTo("more " + canary));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'intake.report.received' and record_id = ?")
			.param(submitted.id().toString()).query(Long.class).single()).isOne();
	}

	@Test
	void namesEveryProblemAtOnce() {
		var bad = new ReportSubmission(ReportChannel.PUBLIC, ReporterKind.CHILD, "AGE_99", List.of("NOT_AN_OFFENCE"),
				List.of(), null, null, Danger.NO, null, "TH", "TH-99", List.of("MYSPACE"),
				List.of(new ReportSubmission.InternetDetail("WEB_PAGE", "javascript:alert(1)", null, null)), List.of(),
				List.of(new ReportSubmission.Victim(200, null, "X")), List.of(), "a\u0000b", null, null, List.of());
		assertThatThrownBy(() -> intake.submit(bad)).isInstanceOfSatisfying(SubmissionRejected.class,
				ex -> assertThat(ex.problems()).extracting(SubmissionProblem::field)
					.containsExactlyInAnyOrder("reporterAgeBand", "incidentTypes[0]", "location.province", "platforms[0]",
							"internetDetails[0].value", "victims[0].age", "victims[0].sex", "description"));
	}

	@Test
	void queueServesDangerFirstThenOngoingThenUnder13ThenOldest() {
		var standard = intake.submit(publicReport(Danger.NO, "AGE_13_15", "q1"));
		var under13 = intake.submit(publicReport(Danger.NO, "AGE_10_12", "q2"));
		var ongoing = intake.submit(publicReport(Danger.ONGOING, "AGE_16_17", "q3"));
		var danger = intake.submit(publicReport(Danger.NOW, "AGE_16_17", "q4"));

		List<UUID> order = allOpen();
		assertThat(order).containsSubsequence(danger.id(), ongoing.id(), under13.id(), standard.id());
	}

	private List<UUID> allOpen() {
		var query = new Triage.QueueQuery(null, true, null, null, null, null);
		java.util.ArrayList<UUID> ids = new java.util.ArrayList<>();
		String after = null;
		do {
			var page = triage.queue(query, after);
			page.reports().forEach(r -> ids.add(r.id()));
			after = page.next();
		}
		while (after != null);
		return ids;
	}

	@Test
	void screeningInIsFinalAuditedAndSuggestsDuplicates() {
		var first = intake.submit(publicReport(Danger.NO, "AGE_13_15", "dup"));
		var second = intake.submit(publicReport(Danger.NO, "AGE_13_15", "dup"));
		signInAs("TRIAGE");

		var opened = triage.open(second.id(), false);
		assertThat(opened.report().status()).isEqualTo(ReportStatus.IN_REVIEW);
		assertThat(opened.contact()).isNull();
		assertThat(opened.duplicates()).extracting(d -> d.report().id()).contains(first.id());

		UUID owner = triage.defaultOwner(opened.report()).orElseThrow().id();
		triage.screenIn(second.id(), owner, null, opened.report().version());
		assertThat(triage.find(second.id()).orElseThrow().status()).isEqualTo(ReportStatus.SCREENED_IN);
		assertThatThrownBy(() -> triage.screenOut(second.id(), ScreenOutReason.NOT_IN_SCOPE,
				triage.find(second.id()).orElseThrow().version()))
			.hasMessageContaining("intake.triage.error.decided");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'intake.report.screenedIn' and record_id = ?")
			.param(second.id().toString()).query(Long.class).single()).isOne();
	}

	private static void signInAs(String... authorities) {
		var principal = new TestActor(UUID.randomUUID(), "tester", UUID.randomUUID());
		var list = java.util.Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, list));
	}

	@Test
	void receivedAtIsNow() {
		var submitted = intake.submit(publicReport(Danger.UNKNOWN, null, "t"));
		assertThat(submitted.receivedAt()).isBeforeOrEqualTo(Instant.now().plusSeconds(86400));
	}

}
