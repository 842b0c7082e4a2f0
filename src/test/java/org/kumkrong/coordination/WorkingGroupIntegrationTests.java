package org.kumkrong.coordination;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.coordination.internal.WorkingGroupDesk;
import org.kumkrong.coordination.internal.WorkingGroupDesk.ActionDraft;
import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.platform.MutableClock;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.TestActors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The working group: a decision becomes an action; when its due date passes (the clock moved) the daily check
 * publishes ActionOverdue once and the owner agency's staff find it in their inbox; marking it done publishes
 * ActionCompleted; the meeting pack comes as a PDF and as a CSV with a byte-order mark; outsiders get 404.
 */
@KumkrongIntegrationTest
@EnableScenarios
class WorkingGroupIntegrationTests {

	@Autowired
	WorkingGroupDesk desk;

	@Autowired
	WorkingGroup workingGroup;

	@Autowired
	Agencies agencies;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	final UUID coordinator = UUID.randomUUID();

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anActionPastItsDueDateIsFlaggedOnceAndItsOwnerAgencyIsNotified(Scenario scenario) throws Exception {
		UUID oag = agency("Demo Office of the Attorney General");
		UUID meeting;
		UUID action;
		try (var actor = TestActors.actAs(coordinator, agency("Demo Chiang Rai Provincial Office of Social"),
				Permission.COORDINATION_MANAGE, Permission.COORDINATION_VIEW)) {
			meeting = desk.createMeeting("Test meeting " + UUID.randomUUID(), desk.today(), "Test room", List.of(oag),
					"Agenda", null);
			UUID decision = desk.recordDecision(meeting, "The prosecutors draft guidance on online grooming cases.");
			action = desk.createAction(new ActionDraft("Draft guidance on online grooming", null, "LAW_ENFORCEMENT", oag,
					"Test lead", desk.today().plusDays(1), decision));
		}
		assertThat(audit("coordination.action.created", action)).isEqualTo(1);
		workingGroup.flagOverdueActions();
		assertThat(desk.requireAction(action).overdueNotifiedAt()).as("not yet due").isNull();
		String link = "/coordination/actions/" + action;

		clock.advance(Duration.ofDays(3));
		assertThat(desk.requireAction(action).overdue(desk.today())).isTrue();
		scenario.stimulate(() -> workingGroup.flagOverdueActions())
			.andWaitForEventOfType(ActionOverdue.class)
			.matching(event -> event.actionId().equals(action))
			.toArriveAndVerify(event -> {
				assertThat(event.ownerAgencyId()).isEqualTo(oag);
				assertThat(event.objectiveCode()).isEqualTo("LAW_ENFORCEMENT");
			});
		// The prosecutor of the OAG office (demo account) finds it in the inbox; only once, however often the check runs.
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> inbox("prosecutor", link) > 0);
		var flaggedAt = desk.requireAction(action).overdueNotifiedAt();
		assertThat(flaggedAt).isNotNull();
		workingGroup.flagOverdueActions();
		assertThat(desk.requireAction(action).overdueNotifiedAt()).as("flagged once").isEqualTo(flaggedAt);
		Thread.sleep(300);
		assertThat(inbox("prosecutor", link)).isEqualTo(1);
		assertThat(inbox("investigator", link)).as("another agency's staff").isZero();

		// Owner-agency staff may open it; an outsider without COORDINATION_VIEW gets 404.
		mvc.perform(get(link).with(TestActors.staff(UUID.randomUUID(), oag, Permission.CASE_VIEW))).andExpect(status().isOk());
		mvc.perform(get(link).with(TestActors.staff(UUID.randomUUID(), UUID.randomUUID(), Permission.CASE_VIEW)))
			.andExpect(status().isNotFound());

		// Done: ActionCompleted, and it is no longer overdue.
		try (var actor = TestActors.actAs(coordinator, oag, Permission.COORDINATION_MANAGE)) {
			scenario.stimulate(() -> desk.recordProgress(action, ActionStatus.DONE, "Guidance issued.", null))
				.andWaitForEventOfType(ActionCompleted.class)
				.matching(event -> event.actionId().equals(action))
				.toArrive();
		}
		assertThat(desk.requireAction(action).overdue(desk.today())).isFalse();
		assertThat(audit("coordination.action.progress", action)).isEqualTo(1);
	}

	@Test
	void theMeetingPackComesAsPdfAndAsCsvWithAByteOrderMark() throws Exception {
		UUID oag = agency("Demo Office of the Attorney General");
		UUID meeting;
		try (var actor = TestActors.actAs(coordinator, oag, Permission.COORDINATION_MANAGE)) {
			meeting = desk.createMeeting("การประชุมทดสอบ " + UUID.randomUUID(), LocalDate.now(), "ห้องประชุม", List.of(oag),
					"วาระ", "รายงาน");
			UUID decision = desk.recordDecision(meeting, "=HYPERLINK(\"http://example.invalid\") มติทดสอบ");
			desk.createAction(new ActionDraft("ภารกิจทดสอบจากมติ", null, "COORDINATED_SYSTEMS", oag, null,
					LocalDate.now().plusDays(7), decision));
		}
		var coordinatorActor = TestActors.staff(coordinator, oag, Permission.COORDINATION_VIEW);
		byte[] pdf = mvc.perform(get("/coordination/meetings/" + meeting + "/pack.pdf").with(coordinatorActor).param("lang", "th"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/meeting-pack-th.pdf"), pdf);
		byte[] csv = mvc.perform(get("/coordination/meetings/" + meeting + "/pack.csv").with(coordinatorActor).param("lang", "th"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		assertThat(text).contains("ภารกิจทดสอบจากมติ", "มติ");
		assertThat(text).as("formula neutralised").contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
		mvc.perform(get("/coordination/meetings/" + meeting + "/pack.csv")
			.with(TestActors.staff(UUID.randomUUID(), oag, Permission.CASE_VIEW))).andExpect(status().isForbidden());
	}

	@Test
	void theLawReformTrackerIsSeededWithTheSeedReformAndTheThaiLaws() {
		List<String> titles = desk.reforms().stream().map(WorkingGroupDesk.Reform::titleEn).toList();
		assertThat(titles).anyMatch(t -> t.contains("Child Protection Act B.E. 2546"))
			.anyMatch(t -> t.contains("Computer-Related Crime Act B.E. 2550"))
			.anyMatch(t -> t.contains("Computer-Related Crime Act (No. 2) B.E. 2560"))
			.anyMatch(t -> t.contains("Penal Code Amendment Act (No. 24) B.E. 2558"))
			.anyMatch(t -> t.contains("Anti-Trafficking in Persons Act B.E. 2551"))
			.anyMatch(t -> t.contains("pornography, mass media and computer-related crime"));
		assertThat(desk.objectives()).extracting(WorkingGroupDesk.Objective::code)
			.containsExactly("LAW_ENFORCEMENT", "ACCESS_TO_PROTECTION", "COORDINATED_SYSTEMS");
	}

	private long inbox(String username, String link) {
		return jdbc.queryForObject("select count(*) from notification_item where link = ? and user_id = "
				+ "(select id from account_user where username = ?)", Long.class, link, username);
	}

	private int audit(String action, UUID recordId) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = ? and record_id = ?", Integer.class,
				action, recordId.toString());
	}

	private UUID agency(String prefix) {
		return agencies.all().stream().filter(a -> a.nameEn().startsWith(prefix)).map(AgencyView::id).findFirst().orElseThrow();
	}

}
