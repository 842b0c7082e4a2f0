package org.kumkrong.statistics.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.account.Role;
import org.kumkrong.casework.OutcomeType;
import org.kumkrong.casework.internal.Casework;
import org.kumkrong.casework.internal.Child;
import org.kumkrong.casework.internal.Drafts.ChildDraft;
import org.kumkrong.casework.internal.Drafts.IncidentDraft;
import org.kumkrong.casework.internal.Drafts.OutcomeDraft;
import org.kumkrong.casework.internal.Drafts.SuspectDraft;
import org.kumkrong.casework.internal.LegalBasis;
import org.kumkrong.casework.internal.RecordedOffence;
import org.kumkrong.casework.internal.Suspect;
import org.kumkrong.intake.ScreenOutReason;
import org.kumkrong.intake.internal.Triage;
import org.kumkrong.platform.Permission;
import org.kumkrong.referral.ReferralFixture;
import org.kumkrong.referral.ReferralPurpose;
import org.kumkrong.referral.internal.ReferralDesk;
import org.kumkrong.referral.internal.ReferralDraft;
import org.kumkrong.referral.internal.ReferralOutcome;
import org.kumkrong.directory.Agencies;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The read model against the modules it is fed by: a journey through intake, casework and referral moves each
 * indicator by exactly what the source modules recorded; replaying the kept events rebuilds the same facts; and
 * what leaves the system (API, exports, public page) never shows a count from 1 to k−1.
 */
@KumkrongIntegrationTest
class StatisticsIntegrationTests {

	static final String DEMO_KEY = "kk_DEMO-partner-key-not-for-production-7c1f2a9e4b6d8f0a3c5e7b9d";

	static final String REPORT = """
			{"incidentTypes": ["SEXTORTION"], "incidentTime": "2026-03-01T14:30:00Z",
			 "description": "Synthetic: an account threatened to share a picture unless the child paid.",
			 "childInImminentDanger": {"value": false}, "ongoingContact": true,
			 "location": {"country": "TH", "province": "TH-57"},
			 "victims": [{"ageBand": "AGE_13_15", "sex": "FEMALE"}], "platform": "INSTAGRAM",
			 "reporterReference": "%s"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	Triage triage;

	@Autowired
	Casework casework;

	@Autowired
	ReferralDesk referrals;

	@Autowired
	Agencies agencies;

	@Autowired
	StatisticsService statistics;

	@Autowired
	StatisticsCommands commands;

	@Autowired
	org.kumkrong.training.internal.TrainingDesk trainingDesk;

	@Autowired
	org.kumkrong.training.internal.Catalogue catalogue;

	@Autowired
	org.kumkrong.account.internal.UserAdministration administration;

	/** Each indicator's count as the source modules record it (all time). */
	Map<Indicator, Long> sources() {
		Map<Indicator, Long> counts = new EnumMap<>(Indicator.class);
		counts.put(Indicator.REPORTS_RECEIVED, count("select count(*) from intake_report"));
		counts.put(Indicator.REPORTS_SCREENED_IN, count("select count(*) from intake_report where status = 'SCREENED_IN'"));
		counts.put(Indicator.REPORTS_SCREENED_OUT, count("select count(*) from intake_report where status = 'SCREENED_OUT'"));
		counts.put(Indicator.CASES_OPENED, count("select count(*) from casework_case"));
		counts.put(Indicator.CHILDREN_IDENTIFIED, count("select count(*) from casework_child"));
		Map<OutcomeType, Indicator> outcomes = Map.of(OutcomeType.SUSPECT_IDENTIFIED, Indicator.SUSPECTS_IDENTIFIED,
				OutcomeType.ARRESTED, Indicator.ARRESTS, OutcomeType.CHARGED, Indicator.CHARGES, OutcomeType.CONVICTED,
				Indicator.CONVICTIONS, OutcomeType.ACQUITTED, Indicator.ACQUITTALS, OutcomeType.PROSECUTION_DECLINED,
				Indicator.PROSECUTIONS_DECLINED, OutcomeType.CHILD_SUPPORTED, Indicator.CHILDREN_SUPPORTED);
		outcomes.forEach((type, indicator) -> counts.put(indicator,
				count("select count(*) from casework_outcome where type = '" + type.name() + "'")));
		counts.put(Indicator.REFERRALS_MADE, count("select count(*) from referral"));
		counts.put(Indicator.REFERRALS_ACCEPTED, count("select count(*) from referral_status_change where state = 'ACCEPTED'"));
		counts.put(Indicator.REFERRALS_DECLINED, count("select count(*) from referral_status_change where state = 'DECLINED'"));
		counts.put(Indicator.SUPPORT_SERVICES_COMPLETED, count("select count(*) from referral r join referral_status_change s "
				+ "on s.referral_id = r.id where s.state = 'COMPLETED' and r.purpose in ('VICTIM_SUPPORT', 'SHELTER', "
				+ "'COUNSELLING', 'LEGAL_AID', 'MEDICAL', 'SCHOOL_SUPPORT')"));
		counts.put(Indicator.KNOWN_CONTENT_MATCHES, count("select count(*) from evidence_match"));
		counts.put(Indicator.STAFF_TRAINED, count("select count(*) from training_enrolment where completed_at is not null"));
		return counts;
	}

	/** The same indicators as the statistics count them (all time, every fact). */
	Map<Indicator, Long> indicators() {
		FactCube.Aggregate all = statistics.aggregate(LocalDate.of(2000, 1, 1), statistics.today().plusYears(1),
				Indicator.REPORTS_RECEIVED, null);
		Map<Indicator, Long> counts = new EnumMap<>(Indicator.class);
		for (Indicator indicator : sources().keySet()) {
			counts.put(indicator, all.totals[indicator.ordinal()]);
		}
		return counts;
	}

	long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	/** Waits until every event addressed to the statistics listeners is projected, then for memory to catch up. */
	void settled() {
		await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from event_publication where "
				+ "completion_date is null and listener_id like 'org.kumkrong.statistics.%'") == 0);
	}

	Map<Indicator, Long> difference(Map<Indicator, Long> after, Map<Indicator, Long> before) {
		Map<Indicator, Long> difference = new EnumMap<>(Indicator.class);
		after.forEach((indicator, value) -> difference.put(indicator, value - before.get(indicator)));
		return difference;
	}

	UUID submit() throws Exception {
		MockHttpServletResponse response = mvc.perform(post("/api/v1/reports").contentType("application/json")
			.content(REPORT.formatted("STAT-" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8))
			.header("Authorization", "Bearer " + DEMO_KEY).header("Idempotency-Key", UUID.randomUUID().toString()))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(201);
		String body = response.getContentAsString();
		return UUID.fromString(body.substring(body.indexOf("\"id\":\"") + 6, body.indexOf("\"id\":\"") + 42));
	}

	@Test
	void aJourneyMovesEveryIndicatorByWhatTheSourceModulesRecordedAndAReplayRebuildsTheSameFacts() throws Exception {
		ReferralFixture fx = new ReferralFixture(agencies, template, casework);
		settled();
		Map<Indicator, Long> sourcesBefore = sources();
		Map<Indicator, Long> indicatorsBefore = indicators();

		// Two partner reports: one screened out, one screened in to a new case of the national police unit.
		UUID out = submit();
		UUID in = submit();
		UUID analyst = fx.userId("analyst");
		UUID hotline = jdbc.sql("select agency_id from account_user where username = 'analyst'").query(UUID.class).single();
		ReferralFixture.as(analyst, hotline, () -> {
			triage.screenOut(out, ScreenOutReason.INSUFFICIENT_INFORMATION, triage.find(out).orElseThrow().version());
			triage.screenIn(in, fx.police, null, triage.find(in).orElseThrow().version());
			return null;
		}, ReferralFixture.permissions(Role.HOTLINE_ANALYST));
		settled();
		UUID caseId = jdbc.sql("select case_id from casework_case_report where report_id = ?").param(in).query(UUID.class).single();

		// The case's work: a child, a suspect, the offence, arrest, charge, conviction and support.
		UUID investigator = fx.userId("investigator");
		ReferralFixture.as(investigator, fx.police, () -> {
			Child child = casework.addChild(caseId, new ChildDraft("AGE_13_15", "FEMALE", "TH-57", null, null, null));
			Suspect suspect = casework.addSuspect(caseId, new SuspectDraft("Synthetic suspect", false, "about 30",
					Suspect.Relation.STRANGER_ONLINE, Suspect.ArrestStatus.NOT_ARRESTED));
			casework.addIncident(caseId, new IncidentDraft(LocalDate.now().minusDays(10), "TH-57", "Synthetic incident",
					List.of(new RecordedOffence("SEXTORTION", null, List.of("FINANCIAL"))), Set.of("INSTAGRAM"),
					Set.of(child.id()), Set.of(suspect.id())));
			casework.recordOutcome(caseId, new OutcomeDraft(OutcomeType.SUSPECT_IDENTIFIED, LocalDate.now().minusDays(6),
					suspect.id(), null, null, null));
			casework.recordOutcome(caseId, new OutcomeDraft(OutcomeType.ARRESTED, LocalDate.now().minusDays(5), suspect.id(),
					null, null, null));
			casework.recordOutcome(caseId, new OutcomeDraft(OutcomeType.CHARGED, LocalDate.now().minusDays(4), suspect.id(),
					null, LegalBasis.PENAL_337, null));
			casework.recordOutcome(caseId, new OutcomeDraft(OutcomeType.CONVICTED, LocalDate.now().minusDays(1), suspect.id(),
					null, LegalBasis.PENAL_337, "Synthetic sentence: 4 years"));
			casework.recordOutcome(caseId, new OutcomeDraft(OutcomeType.CHILD_SUPPORTED, LocalDate.now(), null, child.id(),
					null, "Counselling"));
			return null;
		}, ReferralFixture.permissions(Role.INVESTIGATOR));

		// Referred to the shelter, which accepts and completes; referred to the prosecutor, who declines.
		UUID shelterUser = UUID.randomUUID();
		var toShelter = ReferralFixture.as(investigator, fx.police,
				() -> referrals.refer(new ReferralDraft(caseId, ReferralPurpose.SHELTER, fx.shelter, Set.of(), "Synthetic",
						ReferralDraft.ConsentBasis.CONSENT, org.kumkrong.referral.internal.ConsentGiver.GUARDIAN,
						LocalDate.now(), true, "Wants a safe place", null)),
				ReferralFixture.permissions(Role.INVESTIGATOR));
		ReferralFixture.as(shelterUser, fx.shelter, () -> {
			referrals.accept(toShelter.id(), referrals.view(toShelter.id()).version());
			referrals.complete(toShelter.id(), referrals.view(toShelter.id()).version(), ReferralOutcome.SERVICE_PROVIDED, null);
			return null;
		}, Permission.REFERRAL_MANAGE, Permission.CASE_VIEW);
		var toProsecutor = ReferralFixture.as(investigator, fx.police,
				() -> referrals.refer(new ReferralDraft(caseId, ReferralPurpose.PROSECUTION, fx.prosecution, Set.of(), "Synthetic",
						ReferralDraft.ConsentBasis.CONSENT, org.kumkrong.referral.internal.ConsentGiver.GUARDIAN,
						LocalDate.now(), true, "Agrees", null)),
				ReferralFixture.permissions(Role.INVESTIGATOR));
		ReferralFixture.as(fx.userId("prosecutor"), fx.prosecution, () -> {
			referrals.decline(toProsecutor.id(), referrals.view(toProsecutor.id()).version(),
					org.kumkrong.referral.internal.DeclineReason.INSUFFICIENT_INFORMATION, "Synthetic");
			return null;
		}, ReferralFixture.permissions(Role.PROSECUTOR));
		// A police officer of Chiang Rai completes the police course.
		UUID station = agencies.create("Statistics test station " + UUID.randomUUID().toString().substring(0, 6),
				"สถานีทดสอบสถิติ", "POLICE", "TH-57", null);
		UUID officer = administration.createActivated("st-" + UUID.randomUUID().toString().substring(0, 8), "Synthetic officer",
				station, java.util.EnumSet.of(Role.INVESTIGATOR), "Kumkrong-demo-2026", org.kumkrong.account.TotpCodes.newSecret());
		org.kumkrong.training.internal.Enrolment enrolment = trainingDesk.enrolSelf(
				catalogue.courseBySlug("police-first-response").orElseThrow(), officer);
		for (var lesson : catalogue.lessons(enrolment.courseId(), enrolment.version())) {
			trainingDesk.lessonDone(enrolment, lesson.id());
		}
		var attempt = trainingDesk.openAttempt(enrolment);
		Map<UUID, Set<UUID>> answers = new java.util.HashMap<>();
		for (var question : trainingDesk.questionsOf(attempt, enrolment)) {
			answers.put(question.id(), question.rightOptions());
		}
		assertThat(trainingDesk.submit(enrolment, attempt.id(), answers).passed()).isTrue();
		settled();

		Map<Indicator, Long> sourceMoves = difference(sources(), sourcesBefore);
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(difference(indicators(), indicatorsBefore)).isEqualTo(sourceMoves));
		assertThat(sourceMoves).as("the journey moved what it did").containsEntry(Indicator.REPORTS_RECEIVED, 2L)
			.containsEntry(Indicator.REPORTS_SCREENED_OUT, 1L).containsEntry(Indicator.CASES_OPENED, 1L)
			.containsEntry(Indicator.CHILDREN_IDENTIFIED, 1L).containsEntry(Indicator.CONVICTIONS, 1L)
			.containsEntry(Indicator.REFERRALS_MADE, 2L).containsEntry(Indicator.REFERRALS_DECLINED, 1L)
			.containsEntry(Indicator.SUPPORT_SERVICES_COMPLETED, 1L).containsEntry(Indicator.STAFF_TRAINED, 1L);
		assertThat(count("select count(*) from statistics_fact where indicator = 'STAFF_TRAINED' and province = 'TH-57' "
				+ "and agency_type = 'POLICE' and detail = 'INVESTIGATOR'")).isPositive();

		// The case's facts carry its dimensions, even those learnt after the facts were recorded.
		assertThat(jdbc.sql("select count(*) from statistics_fact where subject = ? and indicator = 'CASES_OPENED' "
				+ "and offence = 'SEXTORTION' and platform = 'INSTAGRAM' and channel = 'PARTNER' and province = 'TH-57'")
			.param("C:" + caseId).query(Long.class).single()).isOne();
		assertThat(jdbc.sql("select amount from statistics_fact where subject = ? and indicator = 'DAYS_CHARGE_TO_VERDICT'")
			.param("C:" + caseId).query(Integer.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from statistics_fact where subject = ? and indicator = 'REFERRAL_RESPONSE_HOURS'")
			.param("C:" + caseId).query(Long.class).single()).isEqualTo(2);
		// No names, no free text: every column is a code, a date or a number.
		assertThat(jdbc.sql("select count(*) from statistics_fact where detail like '% %' or offence like '% %'")
			.query(Long.class).single()).isZero();

		// Replaying the kept events rebuilds the same facts (dates aside: a child's day is the day it was projected).
		String grouped = "select indicator, province, offence, channel, platform, age_band, sex, agency_type, detail, amount, "
				+ "count(*) as n from statistics_fact where source = 'E' group by indicator, province, offence, channel, "
				+ "platform, age_band, sex, agency_type, detail, amount order by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10";
		List<Map<String, Object>> live = jdbc.sql(grouped).query().listOfRows();
		long replayed = commands.rebuild();
		assertThat(replayed).isPositive();
		List<Map<String, Object>> rebuilt = jdbc.sql(grouped).query().listOfRows();
		List<Map<String, Object>> onlyLive = new java.util.ArrayList<>(live);
		onlyLive.removeAll(rebuilt);
		List<Map<String, Object>> onlyRebuilt = new java.util.ArrayList<>(rebuilt);
		onlyRebuilt.removeAll(live);
		assertThat(onlyRebuilt).as("rebuilt but not live; live but not rebuilt: %s", onlyLive).isEmpty();
		assertThat(onlyLive).isEmpty();
		assertThat(difference(indicators(), indicatorsBefore)).isEqualTo(sourceMoves);
	}

	@Test
	void publishedFiguresNeverShowASmallCountButTheDashboardShowsExactCountsToAnalysts() throws Exception {
		// Three children of one age band and province in the period: a small count.
		LocalDate day = LocalDate.of(2019, 6, 15);
		List<Fact> facts = new java.util.ArrayList<>();
		for (int i = 0; i < 3; i++) {
			facts.add(new Fact(Indicator.CHILDREN_IDENTIFIED, day, Map.of(Dimension.PROVINCE, "TH-58", Dimension.AGE_BAND,
					"AGE_6_9", Dimension.SEX, "MALE", Dimension.OFFENCE, "LIVE_STREAMED_ABUSE"), null, null));
		}
		for (int i = 0; i < 40; i++) {
			facts.add(new Fact(Indicator.CHILDREN_IDENTIFIED, day, Map.of(Dimension.PROVINCE, "TH-58", Dimension.AGE_BAND,
					"AGE_13_15", Dimension.SEX, "FEMALE", Dimension.OFFENCE, "LIVE_STREAMED_ABUSE"), null, null));
		}
		org.springframework.transaction.support.TransactionTemplate tx = new org.springframework.transaction.support.TransactionTemplate(
				transactionManager);
		tx.executeWithoutResult(status -> store.insertBatch(facts, 'S'));
		memory.sync();
		String view = "/statistics/dashboard?from=2019-06-01&to=2019-06-30&province=TH-58&indicator=children-identified";

		String analyst = mvc.perform(get(view).with(ReferralFixture.english(org.kumkrong.platform.TestActors.staff(UUID.randomUUID(),
				UUID.randomUUID(), Role.DATA_ANALYST.permissions().toArray(Permission[]::new))))).andReturn().getResponse()
			.getContentAsString();
		assertThat(analyst).contains("6–9 years").contains(">3<").contains(">43<");
		String coordinator = mvc.perform(get(view).with(ReferralFixture.english(org.kumkrong.platform.TestActors.staff(
				UUID.randomUUID(), UUID.randomUUID(), Role.COORDINATOR.permissions().toArray(Permission[]::new)))))
			.andReturn().getResponse().getContentAsString();
		assertThat(coordinator).contains("&lt; 5").doesNotContain(">3<").doesNotContain(">40<").contains(">43<");

		// The CSV for the analyst is suppressed all the same, and keeps its Thai when asked in Thai.
		MockHttpServletResponse csv = mvc.perform(get("/statistics/dashboard/export.csv?from=2019-06-01&to=2019-06-30"
				+ "&province=TH-58&indicator=children-identified").header("Accept-Language", "th")
			.with(org.kumkrong.platform.TestActors.staff(UUID.randomUUID(), UUID.randomUUID(),
					Role.DATA_ANALYST.permissions().toArray(Permission[]::new))))
			.andReturn().getResponse();
		byte[] bytes = csv.getContentAsByteArray();
		assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).contains("6–9 ปี").contains("\"< 5\"").contains("ปกปิด").doesNotContain(",3\r\n").doesNotContain(",40\r\n")
			.contains(",43\r\n");
		for (String line : text.split("\r\n")) {
			for (String cell : line.split(",")) {
				if (cell.matches("[0-9]+")) {
					long value = Long.parseLong(cell);
					assertThat(value).as("a published count in %s", line).satisfiesAnyOf(v -> assertThat(v).isZero(),
							v -> assertThat(v).isGreaterThanOrEqualTo(5));
				}
			}
		}
	}

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactionManager;

	@Autowired
	FactStore store;

	@Autowired
	FactMemory memory;

}
