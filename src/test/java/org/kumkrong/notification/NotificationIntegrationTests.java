package org.kumkrong.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.account.StaffSession;
import org.kumkrong.account.internal.DemoSignIn;
import org.kumkrong.intake.ReportChannel;
import org.kumkrong.intake.ReportId;
import org.kumkrong.intake.ReportPriority;
import org.kumkrong.intake.ReportSubmitted;
import org.kumkrong.platform.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The danger-now alert from event to inbox, and the inbox on {@code /home}. Events go through Spring
 * Modulith's {@link Scenario} on the one shared application context: published in a transaction, the test
 * waits until the listener's publication is completed (archived) instead of sleeping.
 */
@KumkrongIntegrationTest
@EnableScenarios
class NotificationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	Notifications notifications;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	static ReportSubmitted report(ReportPriority priority, ReportChannel channel) {
		return new ReportSubmitted(new ReportId(UUID.randomUUID()), channel, Instant.now(), List.of("GROOMING", "SEXTORTION"),
				"TH-57", "AGE_13_15", "FACEBOOK", priority);
	}

	static String link(ReportSubmitted event) {
		return "/triage/reports/" + event.reportId().value();
	}

	/** Whether the alert listener has finished with this event (completed publications are archived). */
	boolean handled(ReportSubmitted event) {
		return jdbc.queryForObject("select count(*) from event_publication_archive where listener_id like '%DangerAlerts%' "
				+ "and serialized_event like ? and completion_date is not null", Long.class,
				"%" + event.reportId().value() + "%") > 0;
	}

	List<UUID> alerted(ReportSubmitted event) {
		return jdbc.queryForList("select user_id from notification_item where link = ?", UUID.class, link(event));
	}

	UUID itemOf(String username, ReportSubmitted event) {
		return jdbc.queryForObject("select id from notification_item where user_id = ? and link = ?", UUID.class,
				idOf(username), link(event));
	}

	UUID idOf(String username) {
		return jdbc.queryForObject("select id from account_user where username = ?", UUID.class, username);
	}

	void publishAndWait(Scenario scenario, ReportSubmitted event) {
		scenario.publish(event).andWaitForStateChange(() -> handled(event), Boolean::booleanValue).andVerify(done -> assertThat(done).isTrue());
	}

	@Test
	void aChildInDangerNowAlertsEveryAnalystAndInvestigatorOfTheIntakeDesksAndNobodyElse(Scenario scenario) {
		ReportSubmitted event = report(ReportPriority.DANGER_NOW, ReportChannel.PUBLIC);

		scenario.publish(event)
			.andWaitForStateChange(() -> handled(event), Boolean::booleanValue)
			.andVerify(done -> assertThat(alerted(event))
				.as("the hotline's analyst and the national unit's investigator; not investigator2 (Chiang Rai police, "
						+ "no intake desk), not the other roles")
				.containsExactlyInAnyOrder(idOf("analyst"), idOf("investigator")));

		assertThat(jdbc.queryForList("select args from notification_item where link = ?", String.class, link(event)))
			.as("codes and the report id only, nothing else from the report")
			.containsOnly("priority.DANGER_NOW|channel.PUBLIC|" + event.reportId().value());
		assertThat(jdbc.queryForList("select kind from notification_item where link = ?", String.class, link(event)))
			.containsOnly("DANGER_NOW");
	}

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void otherPrioritiesAlertNobodyAndStoreNoPublicationForTheAlertListener(Scenario scenario) {
		for (ReportPriority priority : List.of(ReportPriority.STANDARD, ReportPriority.ONGOING_CONTACT)) {
			ReportSubmitted event = report(priority, ReportChannel.PARTNER);
			transactions.executeWithoutResult(status -> events.publishEvent(event));
			assertThat(jdbc.queryForObject("select (select count(*) from event_publication where listener_id like '%DangerAlerts%' "
					+ "and serialized_event like ?) + (select count(*) from event_publication_archive where listener_id like "
					+ "'%DangerAlerts%' and serialized_event like ?)", Long.class, "%" + event.reportId().value() + "%",
					"%" + event.reportId().value() + "%"))
				.as(priority.name()).isZero();
			assertThat(alerted(event)).as(priority.name()).isEmpty();
		}
		// A danger-now report after others is still alerted (the listener's condition is evaluated per event).
		publishAndWait(scenario, report(ReportPriority.DANGER_NOW, ReportChannel.PARTNER));
	}

	@Test
	void theInboxReadsInTheReadersLanguageWithUnreadItemsFirstAndNewestFirst(Scenario scenario) {
		UUID analyst = idOf("analyst");
		ReportSubmitted older = report(ReportPriority.DANGER_NOW, ReportChannel.PARTNER);
		publishAndWait(scenario, older);
		clock.advance(Duration.ofSeconds(1));
		ReportSubmitted newer = report(ReportPriority.DANGER_NOW, ReportChannel.PUBLIC);
		publishAndWait(scenario, newer);
		clock.advance(Duration.ofSeconds(1));
		ReportSubmitted newest = report(ReportPriority.DANGER_NOW, ReportChannel.PUBLIC);
		publishAndWait(scenario, newest);
		notifications.markRead(analyst, itemOf("analyst", newer));

		List<String> order = notifications.inbox(analyst, Locale.ENGLISH).stream()
			.map(NotificationView::link)
			.filter(List.of(link(older), link(newer), link(newest))::contains)
			.toList();
		assertThat(order).containsExactly(link(newest), link(older), link(newer));

		NotificationView english = notifications.inbox(analyst, Locale.ENGLISH).stream()
			.filter(item -> item.link().equals(link(older))).findFirst().orElseThrow();
		assertThat(english.kind()).isEqualTo(NotificationKind.DANGER_NOW);
		assertThat(english.read()).isFalse();
		assertThat(english.text()).contains("danger now", "a partner system", older.reportId().value().toString())
			.doesNotContain("GROOMING", "TH-57", "AGE_13_15", "FACEBOOK");
		NotificationView thai = notifications.inbox(analyst, Locale.forLanguageTag("th")).stream()
			.filter(item -> item.link().equals(link(older))).findFirst().orElseThrow();
		assertThat(thai.text()).contains("อันตรายขณะนี้", older.reportId().value().toString());
		assertThat(notifications.unreadCount(analyst)).isPositive();
	}

	@Test
	void theAnalystSeesTheAlertOnHerHomePageAndMarksItReadWhileOthersCanNeither(Scenario scenario) throws Exception {
		ReportSubmitted event = report(ReportPriority.DANGER_NOW, ReportChannel.PUBLIC);
		publishAndWait(scenario, event);
		UUID item = itemOf("analyst", event);
		String reportId = event.reportId().value().toString();

		StaffSession analyst = DemoSignIn.as("analyst", mvc, jdbc, clock);
		String home = analyst.get("/home").getResponse().getContentAsString();
		assertThat(home).contains("id=\"inbox\"", "href=\"" + link(event) + "\"", reportId,
				"action=\"/notifications/" + item + "/read\"");

		StaffSession judge = DemoSignIn.as("judge", mvc, jdbc, clock);
		assertThat(judge.get("/home").getResponse().getContentAsString()).contains("id=\"inbox\"")
			.doesNotContain(reportId).doesNotContain(item.toString());
		assertThat(judge.post("/notifications/" + item + "/read").getResponse().getStatus())
			.as("another person's item answers like a missing one").isEqualTo(404);
		assertThat(readAt(item)).isNull();

		MvcResult marked = analyst.post("/notifications/" + item + "/read");
		assertThat(marked.getResponse().getRedirectedUrl()).isEqualTo("/home#inbox");
		assertThat(readAt(item)).isNotNull();
		assertThat(analyst.get("/home").getResponse().getContentAsString()).contains(reportId)
			.doesNotContain("action=\"/notifications/" + item + "/read\"");
		analyst.post("/notifications/" + item + "/read");
		assertThat(jdbc.queryForList("select actor_id from audit_entry where action = 'notification.item.read' "
				+ "and record_type = 'notification_item' and record_id = ?", UUID.class, item.toString()))
			.as("audited once, as the analyst's action").containsExactly(idOf("analyst"));

		assertThat(analyst.post("/notifications/" + UUID.randomUUID() + "/read").getResponse().getStatus()).isEqualTo(404);
		assertThat(analyst.post("/notifications/not-an-id/read").getResponse().getStatus()).isEqualTo(400);
	}

	Object readAt(UUID item) {
		return jdbc.queryForObject("select read_at from notification_item where id = ?", Object.class, item);
	}

}
