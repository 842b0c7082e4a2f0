package org.kumkrong.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.casework.internal.CaseFile;
import org.kumkrong.casework.internal.CaseViews;
import org.kumkrong.casework.internal.Casework;
import org.kumkrong.casework.internal.Child;
import org.kumkrong.casework.internal.ChildIdentity;
import org.kumkrong.casework.internal.CloseReason;
import org.kumkrong.casework.internal.Drafts.CaseDraft;
import org.kumkrong.casework.internal.Drafts.ChildDraft;
import org.kumkrong.casework.internal.Drafts.IdentifierDraft;
import org.kumkrong.casework.internal.Drafts.IncidentDraft;
import org.kumkrong.casework.internal.Drafts.OutcomeDraft;
import org.kumkrong.casework.internal.Drafts.SuspectDraft;
import org.kumkrong.casework.internal.LegalBasis;
import org.kumkrong.casework.internal.RecordedOffence;
import org.kumkrong.casework.internal.ReopenReason;
import org.kumkrong.casework.internal.Suspect;
import org.kumkrong.casework.internal.SuspectIdentifier;
import org.kumkrong.directory.Agencies;
import org.kumkrong.intake.ReportChannel;
import org.kumkrong.intake.ReportId;
import org.kumkrong.intake.ReportPriority;
import org.kumkrong.intake.ReportScreenedIn;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.RuleViolationException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kumkrong.platform.TestActors.actAs;
import static org.kumkrong.platform.TestActors.staff;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cases end to end at the service and page level: opening from a screened-in report (new case or joining
 * one), the team as the one rule of access (404 otherwise), the child's identity sealed at rest and
 * revealed only to cleared roles with an audit entry, every change audited, events with codes only, the
 * course of a case (charge moves it to prosecution, close, reopen, transfer, merge keeping histories).
 */
@KumkrongIntegrationTest
@RecordApplicationEvents
class CaseworkIntegrationTests {

	static final Permission[] INVESTIGATOR = { Permission.CASE_VIEW, Permission.CASE_OPEN, Permission.CASE_EDIT,
			Permission.CASE_MANAGE, Permission.CHILD_IDENTITY_VIEW, Permission.REFERRAL_MANAGE };

	@Autowired
	Casework casework;

	@Autowired
	CaseViews views;

	@Autowired
	Cases cases;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	UUID police;

	UUID otherPolice;

	UUID officer = UUID.randomUUID();

	@BeforeEach
	void agencies() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		police = agencies.create("Test cyber unit " + suffix, "หน่วยทดสอบ " + suffix, "POLICE", "TH-10", null);
		otherPolice = agencies.create("Test station " + suffix, "สถานีทดสอบ " + suffix, "POLICE", "TH-57", null);
	}

	private UUID openCase() throws Exception {
		try (var actor = actAs(officer, police, INVESTIGATOR)) {
			return casework.open(new CaseDraft("Grooming in a game", "Synthetic", CasePriority.NORMAL, "TH-10")).id();
		}
	}

	@Test
	void aScreenedInReportOpensACaseAndALaterOneJoinsIt() throws Exception {
		UUID firstReport = UUID.randomUUID();
		String firstReference = "RP-2026-9" + String.format("%06d", new java.util.Random().nextInt(1_000_000));
		CaseFile opened = casework.screenedIn(new ReportScreenedIn(new ReportId(firstReport), firstReference, Instant.now(),
				null, police, null, ReportChannel.PUBLIC, List.of("SEXTORTION"), "TH-57", "AGE_13_15", "INSTAGRAM",
				ReportPriority.STANDARD));
		assertThat(opened.reference()).matches("KK-\\d{4}-\\d{6}");
		assertThat(opened.priority()).isEqualTo(CasePriority.NORMAL);
		assertThat(cases.find(opened.id())).get().extracting(CaseSummary::ownerAgencyId).isEqualTo(police);
		assertThat(events.stream(CaseOpened.class).filter(e -> e.caseId().equals(opened.id())))
			.singleElement().satisfies(e -> {
				assertThat(e.reasonCode()).isEqualTo("REPORT");
				assertThat(e.agencyType()).isEqualTo("POLICE");
			});

		UUID secondReport = UUID.randomUUID();
		CaseFile joined = casework.screenedIn(new ReportScreenedIn(new ReportId(secondReport), "RP-2026-0000002", Instant.now(),
				null, null, opened.reference(), ReportChannel.PARTNER, List.of("CSAM"), "TH-57", "AGE_10_12", null,
				ReportPriority.DANGER_NOW));
		assertThat(joined.id()).isEqualTo(opened.id());
		assertThat(jdbc.sql("select count(*) from casework_case_report where case_id = ?").param(opened.id()).query(Long.class).single())
			.isEqualTo(2);
		assertThat(jdbc.sql("select priority from casework_case where id = ?").param(opened.id()).query(String.class).single())
			.as("a danger-now report raises the case's priority").isEqualTo("URGENT");
		// Triage links a screened-in report to /cases?reference=RP-…: the case is found by its reports' references.
		mvc.perform(get("/cases").param("reference", firstReference).with(staff(officer, police, INVESTIGATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(opened.reference())));
	}

	@Test
	void aCaseIsVisibleOnlyToItsTeamAndAnswers404ToEveryoneElse() throws Exception {
		UUID caseId = openCase();
		mvc.perform(get("/cases/{id}", caseId).with(staff(officer, police, INVESTIGATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Grooming in a game")));
		mvc.perform(get("/cases/{id}", caseId).with(staff(UUID.randomUUID(), otherPolice, INVESTIGATOR)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/cases/{id}", UUID.randomUUID()).with(staff(officer, police, INVESTIGATOR)))
			.andExpect(status().isNotFound());
		try (var actor = actAs(UUID.randomUUID(), otherPolice, INVESTIGATOR)) {
			assertThat(cases.visible(caseId)).isEmpty();
		}
		cases.admit(caseId, otherPolice, TeamAccess.REFERRED);
		mvc.perform(get("/cases/{id}", caseId).with(staff(UUID.randomUUID(), otherPolice, Permission.CASE_VIEW)))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'casework.case.viewed' and record_id = ?")
			.param(caseId.toString()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aChildsIdentityIsSealedAtRestAndRevealedOnlyToClearedRolesWithAnAuditEntry() throws Exception {
		UUID caseId = openCase();
		String canary = "Canary Childname " + UUID.randomUUID();
		String nationalId = validNationalId("110170023070");
		Child child;
		try (var actor = actAs(officer, police, INVESTIGATOR)) {
			child = casework.addChild(caseId, new ChildDraft("AGE_13_15", "FEMALE", "TH-10", null, null,
					new ChildIdentity(canary, LocalDate.of(2012, 3, 4), nationalId, null, "Test school", null)));
			assertThat(child.code()).matches("C-[0-9A-Z]{8}");
		}
		String stored = jdbc.sql("select identity from casework_child where id = ?").param(child.id()).query(String.class).single();
		assertThat(stored).doesNotContain(canary).doesNotContain(nationalId);
		assertThat(jdbc.sql("select count(*) from casework_child_aud where identity like ?").param("%" + canary + "%")
			.query(Long.class).single()).isZero();

		try (var actor = actAs(officer, police, INVESTIGATOR)) {
			ChildIdentity identity = casework.revealIdentity(caseId, child.id());
			assertThat(identity.name()).isEqualTo(canary);
			assertThat(identity.nationalId()).isEqualTo(nationalId);
		}
		try (var actor = actAs(UUID.randomUUID(), police, Permission.CASE_VIEW, Permission.CASE_EDIT)) {
			assertThatThrownBy(() -> casework.revealIdentity(caseId, child.id())).isInstanceOf(CaseNotFoundException.class);
		}
		assertThat(jdbc.sql("select outcome from audit_entry where action = 'casework.child.identityRevealed' and record_id = ? order by seq")
			.param(child.id().toString()).query(String.class).list()).containsExactly("SUCCESS", "DENIED");

		mvc.perform(get("/cases/{id}/children/{child}", caseId, child.id()).with(staff(officer, police, INVESTIGATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(canary))));
		long viewsBefore = viewAudits(caseId);
		mvc.perform(get("/cases/{id}/children/{child}/edit", caseId, child.id()).with(staff(officer, police, INVESTIGATOR)))
			.andExpect(status().isOk());
		assertThat(viewAudits(caseId)).as("a form page that reads the case twice records one view").isEqualTo(viewsBefore + 1);
		assertThat(events.stream(ChildAddedToCase.class).filter(e -> e.childId().equals(child.id()))).singleElement()
			.satisfies(e -> assertThat(e.toString()).doesNotContain(canary));
	}

	@Test
	void anInvalidThaiNationalIdIsRefusedNamingTheField() throws Exception {
		UUID caseId = openCase();
		try (var actor = actAs(officer, police, INVESTIGATOR)) {
			assertThatThrownBy(() -> casework.addChild(caseId, new ChildDraft("AGE_13_15", "FEMALE", null, null, null,
					new ChildIdentity(null, null, "1234567890123", null, null, null))))
				.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("nationalId"));
		}
		assertThat(ChildIdentity.validThaiNationalId(validNationalId("310040012345"))).isTrue();
		assertThat(ChildIdentity.validThaiNationalId("1234567890123")).isFalse();
	}

	@Test
	void workOnACaseIsAuditedAndAChargeMovesItToProsecution() throws Exception {
		UUID caseId = openCase();
		try (var actor = actAs(officer, police, INVESTIGATOR)) {
			Child child = casework.addChild(caseId, new ChildDraft("AGE_10_12", "MALE", null, null, null, null));
			Suspect suspect = casework.addSuspect(caseId, new SuspectDraft("Suspect A", false, "about 30",
					Suspect.Relation.STRANGER_ONLINE, Suspect.ArrestStatus.NOT_ARRESTED));
			casework.addIdentifier(caseId, suspect.id(), new IdentifierDraft(SuspectIdentifier.Kind.SCREEN_NAME, "ROBLOX", "@Bad_Guy", null));
			assertThatThrownBy(() -> casework.addIdentifier(caseId, suspect.id(),
					new IdentifierDraft(SuspectIdentifier.Kind.EMAIL, null, "not an address", null)))
				.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("value"));
			casework.addIncident(caseId, new IncidentDraft(LocalDate.now().minusDays(3), "TH-10", "ถูกแบล็กเมล์ออนไลน์ในเกม",
					List.of(new RecordedOffence("SEXTORTION", null, List.of("FINANCIAL"))), Set.of("ROBLOX"), Set.of(child.id()),
					Set.of(suspect.id())));
			casework.recordOutcome(caseId, new OutcomeDraft(OutcomeType.ARRESTED, LocalDate.now(), suspect.id(), null, null, null));
			assertThatThrownBy(() -> casework.recordOutcome(caseId,
					new OutcomeDraft(OutcomeType.CHARGED, LocalDate.now(), suspect.id(), null, null, null)))
				.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("legalBasis"));
			casework.recordOutcome(caseId, new OutcomeDraft(OutcomeType.CHARGED, LocalDate.now(), suspect.id(), null,
					LegalBasis.PENAL_337, null));
			casework.addNote(caseId, org.kumkrong.casework.internal.Note.Visibility.TEAM, "Family contacted");
			casework.addTask(caseId, "Request subscriber data", null, LocalDate.now().plusDays(3), false);
		}
		assertThat(jdbc.sql("select normalized from casework_suspect_identifier where identifier = '@Bad_Guy'").query(String.class).single())
			.isEqualTo("bad_guy");
		assertThat(jdbc.sql("select status from casework_case where id = ?").param(caseId).query(String.class).single())
			.isEqualTo("PROSECUTION");
		assertThat(jdbc.sql("select arrest_status from casework_suspect where case_id = ?").param(caseId).query(String.class).single())
			.isEqualTo("ARRESTED");
		assertThat(jdbc.sql("select action from audit_entry where record_id in (select cast(id as varchar) from casework_child where case_id = ?"
				+ " union select cast(id as varchar) from casework_suspect where case_id = ?"
				+ " union select cast(id as varchar) from casework_incident where case_id = ?"
				+ " union select cast(id as varchar) from casework_outcome where case_id = ?"
				+ " union select cast(id as varchar) from casework_note where case_id = ?"
				+ " union select cast(id as varchar) from casework_task where case_id = ?) order by seq")
			.params(caseId, caseId, caseId, caseId, caseId, caseId).query(String.class).list())
			.containsExactly("casework.child.added", "casework.suspect.added", "casework.suspect.identifierAdded",
					"casework.incident.added", "casework.outcome.recorded", "casework.outcome.recorded", "casework.note.added",
					"casework.task.added");
		assertThat(events.stream(OffenceRecorded.class).filter(e -> e.caseId().equals(caseId))).singleElement()
			.satisfies(e -> {
				assertThat(e.offenceCode()).isEqualTo("SEXTORTION");
				assertThat(e.flags()).containsExactly("FINANCIAL");
				assertThat(e.platformCode()).isEqualTo("ROBLOX");
			});
		assertThat(events.stream(OutcomeRecorded.class).filter(e -> e.caseId().equals(caseId)).map(OutcomeRecorded::outcomeType))
			.containsExactly("ARRESTED", "CHARGED");
		assertThat(casework.toString()).isNotNull();
	}

	@Test
	void aClosedCaseRefusesWorkUntilReopenedWithAReason() throws Exception {
		UUID caseId = openCase();
		try (var actor = actAs(officer, police, INVESTIGATOR)) {
			casework.close(caseId, version(caseId), CloseReason.NO_OFFENCE_FOUND);
			assertThatThrownBy(() -> casework.addChild(caseId, new ChildDraft("AGE_10_12", "MALE", null, null, null, null)))
				.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.messageKey()).isEqualTo("casework.error.closed"));
			assertThatThrownBy(() -> casework.reopen(caseId, version(caseId), null))
				.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
			casework.reopen(caseId, version(caseId), ReopenReason.NEW_EVIDENCE);
			casework.addChild(caseId, new ChildDraft("AGE_10_12", "MALE", null, null, null, null));
		}
		assertThat(events.stream(CaseClosed.class).filter(e -> e.caseId().equals(caseId))).singleElement()
			.extracting(CaseClosed::reasonCode).isEqualTo("NO_OFFENCE_FOUND");
		assertThat(events.stream(CaseReopened.class).filter(e -> e.caseId().equals(caseId))).hasSize(1);
	}

	@Test
	void aTransferNeedsTheReceivingAgencyToAccept() throws Exception {
		UUID caseId = openCase();
		UUID receiver = UUID.randomUUID();
		try (var actor = actAs(officer, police, INVESTIGATOR)) {
			casework.requestTransfer(caseId, version(caseId), otherPolice, "Suspect lives in Chiang Rai");
		}
		try (var actor = actAs(receiver, otherPolice, INVESTIGATOR)) {
			assertThat(cases.visible(caseId)).as("not visible before accepting").isEmpty();
			assertThat(casework.transfersOffered()).extracting(CaseFile::id).contains(caseId);
			casework.answerTransfer(caseId, true);
			assertThat(cases.visible(caseId)).get().extracting(CaseSummary::ownerAgencyId).isEqualTo(otherPolice);
		}
		try (var actor = actAs(officer, police, INVESTIGATOR)) {
			assertThat(cases.visible(caseId)).as("the former owner stays on the team").isPresent();
			assertThatThrownBy(() -> casework.close(caseId, version(caseId), CloseReason.OTHER))
				.isInstanceOf(RuleViolationException.class);
		}
		assertThat(events.stream(CaseTransferred.class).filter(e -> e.caseId().equals(caseId))).singleElement()
			.extracting(CaseTransferred::agencyId).isEqualTo(otherPolice);
	}

	@Test
	void mergingCasesMovesEverythingAndKeepsBothHistories() throws Exception {
		UUID source = openCase();
		UUID target = openCase();
		String targetReference;
		UUID childId;
		try (var actor = actAs(officer, police, INVESTIGATOR)) {
			childId = casework.addChild(source, new ChildDraft("AGE_13_15", "FEMALE", null, null, null, null)).id();
			targetReference = casework.visible(target).reference();
			casework.merge(source, version(source), targetReference);
			assertThat(cases.children(target)).extracting(ChildSummary::id).containsExactly(childId);
			assertThat(casework.visible(source).mergedInto()).isEqualTo(target);
			assertThat(casework.visible(source).status()).isEqualTo(CaseStatus.CLOSED);
		}
		assertThat(jdbc.sql("select count(distinct case_id) from casework_child_aud where id = ?").param(childId)
			.query(Long.class).single()).as("the child's history holds both cases").isEqualTo(2);
	}

	@Test
	void anAssignedTaskIsOnTheAssigneesHomePageUntilDone() throws Exception {
		UUID caseId = openCase();
		UUID colleague = UUID.randomUUID();
		UUID taskId;
		try (var actor = actAs(officer, police, INVESTIGATOR)) {
			taskId = casework.addTask(caseId, "Interview the child with a social worker", colleague, LocalDate.now().minusDays(1), true).id();
			assertThatThrownBy(() -> casework.addTask(caseId, "Someone outside the team", UUID.randomUUID(), null, false))
				.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("assigneeId"));
		}
		assertThat(events.stream(TaskAssigned.class).filter(e -> e.taskId().equals(taskId))).singleElement()
			.extracting(TaskAssigned::assigneeId).isEqualTo(colleague);
		mvc.perform(get("/home").with(staff(colleague, police, INVESTIGATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Interview the child with a social worker")));
		try (var actor = actAs(colleague, police, INVESTIGATOR)) {
			casework.completeTask(caseId, taskId, true);
		}
		mvc.perform(get("/home").with(staff(colleague, police, INVESTIGATOR)))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Interview the child with a social worker"))));
	}

	@Test
	void theCaseTeamReadsAJoinedReportWithoutItsContactAndAdoptsAReportedPersonAsASuspect() throws Exception {
		// A demo partner report screened in to a case (demo data screens in every danger-now report).
		var link = jdbc.sql("""
				select l.case_id, l.report_id, c.owner_agency_id from casework_case_report l
				join casework_case c on c.id = l.case_id join intake_report r on r.id = l.report_id
				where r.channel = 'PARTNER' order by r.reference limit 1""")
			.query((row, n) -> new UUID[] { row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getObject(3, UUID.class) })
			.single();
		UUID caseId = link[0];
		UUID reportId = link[1];
		UUID owner = link[2];
		String page = mvc.perform(get("/cases/{id}/reports/{report}", caseId, reportId).with(staff(officer, owner, INVESTIGATOR)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("adopt-0");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'intake.report.readForCase' and record_id = ?")
			.param(reportId.toString()).query(Long.class).single()).isPositive();
		mvc.perform(get("/cases/{id}/reports/{report}", caseId, reportId).with(staff(UUID.randomUUID(), police, INVESTIGATOR)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/cases/{id}/reports/{report}", caseId, UUID.randomUUID()).with(staff(officer, owner, INVESTIGATOR)))
			.andExpect(status().isNotFound());

		long before = jdbc.sql("select count(*) from casework_suspect where case_id = ?").param(caseId).query(Long.class).single();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/cases/{id}/reports/{report}/people/0/adopt",
				caseId, reportId).with(staff(officer, owner, INVESTIGATOR))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from casework_suspect where case_id = ?").param(caseId).query(Long.class).single())
			.isEqualTo(before + 1);
		assertThat(jdbc.sql("""
				select count(*) from casework_suspect_identifier i join casework_suspect s on s.id = i.suspect_id
				where s.case_id = ? and s.created_at = (select max(created_at) from casework_suspect where case_id = ?)""")
			.params(caseId, caseId).query(Long.class).single()).isPositive();
	}

	private long viewAudits(UUID caseId) {
		return jdbc.sql("select count(*) from audit_entry where action = 'casework.case.viewed' and record_id = ?")
			.param(caseId.toString()).query(Long.class).single();
	}

	private long version(UUID caseId) {
		return jdbc.sql("select version from casework_case where id = ?").param(caseId).query(Long.class).single();
	}

	static String validNationalId(String first12) {
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (first12.charAt(i) - '0') * (13 - i);
		}
		return first12 + (11 - sum % 11) % 10;
	}
}
