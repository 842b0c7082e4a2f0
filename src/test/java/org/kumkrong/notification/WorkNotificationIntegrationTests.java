package org.kumkrong.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.casework.CaseTransferRequested;
import org.kumkrong.casework.TaskAssigned;
import org.kumkrong.casework.internal.Casework;
import org.kumkrong.directory.Agencies;
import org.kumkrong.referral.ReferralAccepted;
import org.kumkrong.referral.ReferralDeclined;
import org.kumkrong.referral.ReferralFixture;
import org.kumkrong.referral.ReferralOverdue;
import org.kumkrong.referral.ReferralPurpose;
import org.kumkrong.referral.ReferralRequested;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inbox items for referrals, case transfers and tasks, from the event to the right people's inboxes, with
 * codes and references only. Each event goes through Spring Modulith's {@link Scenario}: the test waits for
 * the items instead of sleeping.
 */
@KumkrongIntegrationTest
@EnableScenarios
class WorkNotificationIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Agencies agencies;

	@Autowired
	Casework casework;

	ReferralFixture fx;

	@BeforeEach
	void setUp() {
		fx = new ReferralFixture(agencies, jdbc, casework);
	}

	List<UUID> told(String kind, String link) {
		return jdbc.queryForList("select user_id from notification_item where kind = ? and link = ?", UUID.class, kind, link);
	}

	List<UUID> waitFor(Scenario scenario, Object event, String kind, String link) {
		List<UUID>[] result = new List[1];
		scenario.publish(event)
			.andWaitForStateChange(() -> told(kind, link), list -> !list.isEmpty())
			.andVerify(list -> result[0] = list);
		return result[0];
	}

	ReferralRequested requested(UUID referral) {
		return new ReferralRequested(referral, UUID.randomUUID(), "KK-2026-999001", ReferralPurpose.PROSECUTION, fx.police,
				"POLICE", fx.prosecution, "PROSECUTION", fx.userId("investigator"), Instant.now(), "CONSENT");
	}

	@Test
	void aNewReferralTellsTheReceivingAgencysStaffWhoAnswerReferralsAndNobodyElse(Scenario scenario) {
		UUID referral = UUID.randomUUID();
		List<UUID> people = waitFor(scenario, requested(referral), "REFERRAL_REQUESTED", "/referrals/" + referral);
		assertThat(people).containsExactly(fx.userId("prosecutor"));
		assertThat(jdbc.queryForObject("select args from notification_item where link = ?", String.class, "/referrals/" + referral))
			.isEqualTo("KK-2026-999001|referralPurpose.PROSECUTION");
	}

	@Test
	void answersTellTheReferringUser(Scenario scenario) {
		UUID referral = UUID.randomUUID();
		var accepted = new ReferralAccepted(referral, UUID.randomUUID(), "KK-2026-999002", ReferralPurpose.TRIAL, fx.police,
				"POLICE", fx.court, "COURT", fx.userId("investigator"), Instant.now(), null);
		assertThat(waitFor(scenario, accepted, "REFERRAL_ACCEPTED", "/referrals/" + referral))
			.containsExactly(fx.userId("investigator"));
		var declined = new ReferralDeclined(referral, accepted.caseId(), "KK-2026-999002", ReferralPurpose.TRIAL, fx.police,
				"POLICE", fx.court, "COURT", fx.userId("investigator"), Instant.now(), "NO_CAPACITY");
		assertThat(waitFor(scenario, declined, "REFERRAL_DECLINED", "/referrals/" + referral))
			.containsExactly(fx.userId("investigator"));
	}

	@Test
	void anOverdueReferralTellsBothSides(Scenario scenario) {
		UUID referral = UUID.randomUUID();
		var overdue = new ReferralOverdue(referral, UUID.randomUUID(), "KK-2026-999003", ReferralPurpose.VICTIM_SUPPORT,
				fx.police, fx.social, fx.userId("investigator"), Instant.now(), Instant.now());
		scenario.publish(overdue)
			.andWaitForStateChange(() -> told("REFERRAL_OVERDUE", "/referrals/" + referral), list -> list.size() >= 2)
			.andVerify(list -> assertThat(list).containsExactlyInAnyOrder(fx.userId("investigator"), fx.userId("socialworker")));
	}

	@Test
	void aTransferTellsTheCaseHandlersOfTheReceivingAgency(Scenario scenario) {
		UUID caseId = UUID.randomUUID();
		Instant at = Instant.now();
		var event = new CaseTransferRequested(caseId, "KK-2026-999004", fx.police, fx.social, at);
		String link = "/cases/transfers#case-" + caseId + "-" + at.toEpochMilli();
		assertThat(waitFor(scenario, event, "CASE_TRANSFER_REQUESTED", link)).containsExactly(fx.userId("socialworker"));
	}

	@Test
	void aTaskTellsItsAssignee(Scenario scenario) {
		UUID caseId = UUID.randomUUID();
		UUID task = UUID.randomUUID();
		var event = new TaskAssigned(caseId, "KK-2026-999005", task, fx.userId("judge"), LocalDate.of(2026, 12, 1), Instant.now());
		assertThat(waitFor(scenario, event, "TASK_ASSIGNED", "/cases/" + caseId + "#task-" + task))
			.containsExactly(fx.userId("judge"));
		assertThat(jdbc.queryForObject("select args from notification_item where kind = 'TASK_ASSIGNED' and link = ?", String.class,
				"/cases/" + caseId + "#task-" + task)).isEqualTo("KK-2026-999005|2026-12-01");
	}

}
