package org.kumkrong.casework.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.casework.CaseClosed;
import org.kumkrong.casework.CaseNotFoundException;
import org.kumkrong.casework.CaseOpened;
import org.kumkrong.casework.ReportJoinedCase;
import org.kumkrong.casework.CasePriority;
import org.kumkrong.casework.CaseReopened;
import org.kumkrong.casework.CaseStatus;
import org.kumkrong.casework.CaseTransferRequested;
import org.kumkrong.casework.CaseTransferred;
import org.kumkrong.casework.ChildAddedToCase;
import org.kumkrong.casework.OffenceRecorded;
import org.kumkrong.casework.OutcomeRecorded;
import org.kumkrong.casework.OutcomeType;
import org.kumkrong.casework.TaskAssigned;
import org.kumkrong.casework.TeamAccess;
import org.kumkrong.casework.internal.Drafts.CaseDraft;
import org.kumkrong.casework.internal.Drafts.ChildDraft;
import org.kumkrong.casework.internal.Drafts.IdentifierDraft;
import org.kumkrong.casework.internal.Drafts.IncidentDraft;
import org.kumkrong.casework.internal.Drafts.OutcomeDraft;
import org.kumkrong.casework.internal.Drafts.SuspectDraft;
import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.intake.ReportPriority;
import org.kumkrong.intake.ReportScreenedIn;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.FieldEncryption;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.reference.ReferenceData;
import org.kumkrong.reference.ReferenceList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that changes a case. Each method checks access (a case outside the actor's team is "not
 * found"), checks its rules (a {@link RuleViolationException} naming the field), writes an audit entry in
 * the same transaction, adds a timeline line, and publishes its event (ids and codes only).
 */
@Service
public class Casework {

	static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

	private static final Logger log = LoggerFactory.getLogger(Casework.class);

	private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CaseRepository cases;

	private final TaskRepository tasks;

	private final OutcomeRepository outcomes;

	private final TimelineRepository timeline;

	private final CaseAccess access;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Agencies agencies;

	private final ReferenceData references;

	private final FieldEncryption encryption;

	private final JsonMapper json;

	@jakarta.persistence.PersistenceContext
	private jakarta.persistence.EntityManager entities;

	private final Clock clock;

	Casework(CaseRepository cases, TaskRepository tasks, OutcomeRepository outcomes,
			TimelineRepository timeline, CaseAccess access, AuditTrail audit, ApplicationEventPublisher events,
			Agencies agencies, ReferenceData references, FieldEncryption encryption, JsonMapper json, Clock clock) {
		this.cases = cases;
		this.tasks = tasks;
		this.outcomes = outcomes;
		this.timeline = timeline;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.agencies = agencies;
		this.references = references;
		this.encryption = encryption;
		this.json = json;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- reading

	/** The case if the actor may see it (not audited: the page that shows it audits the view). */
	@Transactional(readOnly = true)
	public CaseFile visible(UUID caseId) {
		return access.requireVisible(caseId == null ? null : cases.findById(caseId).orElse(null));
	}

	@Transactional(readOnly = true)
	public CaseFile visibleByReference(String reference) {
		return access.requireVisible(reference == null ? null : cases.findByReference(reference.strip().toUpperCase()).orElse(null));
	}

	/** Whether the report joined this case, which the actor can see (otherwise {@link CaseNotFoundException}). */
	@Transactional(readOnly = true)
	public boolean hasReport(UUID caseId, UUID reportId) {
		return visible(caseId).reports().stream().anyMatch(report -> report.reportId().equals(reportId));
	}

	/** A child's stored non-identifying fields, as a draft for its edit form (identity left out). */
	@Transactional(readOnly = true)
	public ChildDraft childDraft(UUID caseId, UUID childId) {
		Child child = child(visible(caseId), childId);
		return new ChildDraft(child.ageBand(), child.sex(), child.provinceCode(), child.needs(), child.risks(), null);
	}

	/** A suspect's stored fields, as a draft for its edit form. */
	@Transactional(readOnly = true)
	public SuspectDraft suspectDraft(UUID caseId, UUID suspectId) {
		Suspect suspect = suspect(visible(caseId), suspectId);
		return new SuspectDraft(suspect.label(), suspect.known(), suspect.estimatedAge(), suspect.relation(), suspect.arrestStatus());
	}

	/** An incident's stored fields with its version, for its edit form. */
	@Transactional(readOnly = true)
	public StoredIncident incidentDraft(UUID caseId, UUID incidentId) {
		Incident incident = visible(caseId).incidents().stream().filter(i -> i.id().equals(incidentId)).findFirst()
			.orElseThrow(CaseNotFoundException::new);
		return new StoredIncident(new IncidentDraft(incident.occurredOn(), incident.provinceCode(), incident.description(),
				List.copyOf(incident.offences()), Set.copyOf(incident.platformCodes()), Set.copyOf(incident.childIds()),
				Set.copyOf(incident.suspectIds())), incident.version());
	}

	public record StoredIncident(IncidentDraft draft, long version) {
	}

	/** The identity of a child of a visible case, for a cleared role: decrypted and audited. */
	@Transactional(noRollbackFor = CaseNotFoundException.class)
	public ChildIdentity revealIdentity(UUID caseId, UUID childId) {
		CaseFile kase = visible(caseId);
		Child child = child(kase, childId);
		if (!access.identityCleared()) {
			audit.record("casework.child.identityRevealed", "casework_child", childId, AuditOutcome.DENIED);
			throw new CaseNotFoundException();
		}
		audit.record("casework.child.identityRevealed", "casework_child", childId, AuditOutcome.SUCCESS);
		return openIdentity(child);
	}

	ChildIdentity openIdentity(Child child) {
		if (!child.hasIdentity()) {
			return new ChildIdentity(null, null, null, null, null, null);
		}
		byte[] plaintext = encryption.decrypt(Base64.getDecoder().decode(child.identity()), identityBinding(child.id()));
		return json.readValue(new String(plaintext, StandardCharsets.UTF_8), ChildIdentity.class);
	}

	// ---------------------------------------------------------------- opening

	/** Opens a case directly, owned by the actor's agency. */
	@Transactional
	public CaseFile open(CaseDraft draft) {
		Actor actor = CaseAccess.actor();
		checkCase(draft);
		CaseFile kase = create(draft.title().strip(), blankToNull(draft.summary()), actor.agencyId(), draft.priority(),
				draft.provinceCode(), actor.userId());
		audit.record("casework.case.opened", "casework_case", kase.id(), AuditOutcome.SUCCESS);
		opened(kase, "DIRECT");
		return kase;
	}

	/**
	 * A report was screened in: open a new case for it, or join it to the case it names. An unknown case
	 * reference opens a new case for the deciding analyst's agency instead, so that no screened-in report is
	 * lost; the timeline says so.
	 */
	@Transactional
	public CaseFile screenedIn(ReportScreenedIn event) {
		Instant now = clock.instant();
		CasePriority priority = priority(event.priority());
		if (!event.opensNewCase()) {
			CaseFile existing = cases.findByReference(event.existingCaseReference()).orElse(null);
			if (existing != null) {
				if (existing.linkReport(event.reportId().value(), event.reportReference(), now)) {
					events.publishEvent(new ReportJoinedCase(existing.id(), event.reportId().value(), event.reportReference(), now));
					existing.raisePriority(priority, now);
					existing.touch(now);
					note(existing, event.decidedBy(), null, "casework.timeline.reportJoined", event.reportReference());
					audit.record(event.decidedBy(), null, "casework.case.reportLinked", "casework_case", existing.id(),
							AuditOutcome.SUCCESS);
				}
				return existing;
			}
			log.warn("A report was screened in to unknown case {}; opening a new case instead", event.existingCaseReference());
		}
		UUID owner = event.opensNewCase() ? event.newCaseOwnerAgencyId() : null;
		if (owner == null) {
			throw new IllegalStateException("screened in to an unknown case without an owner agency");
		}
		CaseFile kase = create("Report " + event.reportReference(), null, owner, priority,
				blankToNull(event.provinceCode()), event.decidedBy());
		kase.linkReport(event.reportId().value(), event.reportReference(), now);
		note(kase, event.decidedBy(), null, "casework.timeline.reportJoined", event.reportReference());
		events.publishEvent(new ReportJoinedCase(kase.id(), event.reportId().value(), event.reportReference(), now));
		audit.record(event.decidedBy(), null, "casework.case.opened", "casework_case", kase.id(), AuditOutcome.SUCCESS);
		opened(kase, "REPORT");
		return kase;
	}

	private CaseFile create(String title, String summary, UUID owner, CasePriority priority, String province, UUID by) {
		Instant now = clock.instant();
		String reference = "KK-%d-%06d".formatted(now.atOffset(ZoneOffset.UTC).getYear(), cases.nextNumber());
		CaseFile kase = new CaseFile(UUID.randomUUID(), reference, title, summary, owner, priority, province, now, by);
		entities.persist(kase);
		return kase;
	}

	private void opened(CaseFile kase, String reason) {
		note(kase, kase.openedBy(), kase.ownerAgencyId(), "casework.timeline.opened", kase.reference());
		events.publishEvent(new CaseOpened(kase.id(), kase.reference(), kase.ownerAgencyId(), agencyType(kase.ownerAgencyId()),
				kase.provinceCode(), kase.openedAt(), reason));
	}

	static CasePriority priority(ReportPriority priority) {
		if (priority == null) {
			return CasePriority.NORMAL;
		}
		return switch (priority) {
			case DANGER_NOW -> CasePriority.URGENT;
			case ONGOING_CONTACT, UNDER_13 -> CasePriority.HIGH;
			default -> CasePriority.NORMAL;
		};
	}

	// ---------------------------------------------------------------- the case itself

	@Transactional
	public void describe(UUID caseId, long version, CaseDraft draft) {
		CaseFile kase = editable(caseId, version);
		checkCase(draft);
		kase.describe(draft.title().strip(), blankToNull(draft.summary()), draft.priority(), draft.provinceCode(), clock.instant());
		changed(kase, "casework.case.updated", "casework.timeline.updated");
	}

	/** Moves the case through OPEN, INVESTIGATION, PROSECUTION and TRIAL (any team agency with CASE_MANAGE). */
	@Transactional
	public void changeStatus(UUID caseId, long version, CaseStatus status) {
		CaseFile kase = checkVersion(visible(caseId), version);
		if (!CaseAccess.holds(org.kumkrong.platform.Permission.CASE_MANAGE)) {
			throw new RuleViolationException("status", "casework.error.mayNotManage");
		}
		if (status == null || status == CaseStatus.CLOSED) {
			throw new RuleViolationException("status", "casework.error.status");
		}
		if (kase.status().closed()) {
			throw new RuleViolationException("status", "casework.error.closed");
		}
		kase.moveTo(status, null, clock.instant());
		changed(kase, "casework.case.statusChanged", "casework.timeline.status", status.name());
	}

	/** For demo data and tests acting as the owner: the status change without the version check. */
	@Transactional
	void changeStatusAsSystem(UUID caseId, CaseStatus status) {
		changeStatus(caseId, visible(caseId).version(), status);
	}

	@Transactional
	void closeAsSystem(UUID caseId, CloseReason reason) {
		close(caseId, visible(caseId).version(), reason);
	}

	@Transactional
	public void close(UUID caseId, long version, CloseReason reason) {
		CaseFile kase = managed(caseId, version);
		if (reason == null) {
			throw new RuleViolationException("reason", "casework.error.closeReason");
		}
		if (kase.status().closed()) {
			throw new RuleViolationException("reason", "casework.error.closed");
		}
		Instant now = clock.instant();
		kase.moveTo(CaseStatus.CLOSED, reason.name(), now);
		changed(kase, "casework.case.closed", "casework.timeline.closed", reason.name());
		events.publishEvent(new CaseClosed(kase.id(), kase.ownerAgencyId(), agencyType(kase.ownerAgencyId()), kase.provinceCode(),
				now, reason.name()));
	}

	@Transactional
	public void reopen(UUID caseId, long version, ReopenReason reason) {
		CaseFile kase = managed(caseId, version);
		if (reason == null) {
			throw new RuleViolationException("reason", "casework.error.reopenReason");
		}
		if (!kase.status().closed() || kase.mergedInto() != null) {
			throw new RuleViolationException("reason", "casework.error.notClosed");
		}
		Instant now = clock.instant();
		kase.moveTo(CaseStatus.OPEN, reason.name(), now);
		changed(kase, "casework.case.reopened", "casework.timeline.reopened", reason.name());
		events.publishEvent(new CaseReopened(kase.id(), kase.ownerAgencyId(), agencyType(kase.ownerAgencyId()),
				kase.provinceCode(), now, reason.name()));
	}

	/** The owner adds an agency to the team. */
	@Transactional
	public void addToTeam(UUID caseId, long version, UUID agencyId) {
		CaseFile kase = managed(caseId, version);
		AgencyView agency = activeAgency(agencyId, "agencyId");
		if (!kase.admit(agency.id(), TeamAccess.MEMBER, clock.instant())) {
			throw new RuleViolationException("agencyId", "casework.error.alreadyOnTeam");
		}
		changed(kase, "casework.team.joined", "casework.timeline.teamJoined", agency.id().toString(), TeamAccess.MEMBER.name());
	}

	@Transactional
	public void removeFromTeam(UUID caseId, long version, UUID agencyId) {
		CaseFile kase = managed(caseId, version);
		if (!kase.remove(agencyId, clock.instant())) {
			throw new RuleViolationException("agencyId", "casework.error.notRemovable");
		}
		changed(kase, "casework.team.left", "casework.timeline.teamLeft", agencyId.toString());
	}

	/** Called for other modules (referral accepted): no CASE_MANAGE needed, only that the case exists. */
	@Transactional
	public void admit(UUID caseId, UUID agencyId, TeamAccess access) {
		CaseFile kase = cases.findById(caseId).orElseThrow(CaseNotFoundException::new);
		if (kase.admit(agencyId, access, clock.instant())) {
			audit.record("casework.team.joined", "casework_case", caseId, AuditOutcome.SUCCESS);
			note(kase, "casework.timeline.teamJoined", agencyId.toString(), access.name());
		}
	}

	@Transactional
	public void requestTransfer(UUID caseId, long version, UUID toAgencyId, String reason) {
		CaseFile kase = managed(caseId, version);
		AgencyView to = activeAgency(toAgencyId, "agencyId");
		if (to.id().equals(kase.ownerAgencyId())) {
			throw new RuleViolationException("agencyId", "casework.error.transferToSelf");
		}
		if (kase.transferToAgencyId() != null) {
			throw new RuleViolationException("agencyId", "casework.error.transferPending");
		}
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw new RuleViolationException("reason", "casework.error.transferReason");
		}
		Instant now = clock.instant();
		kase.requestTransfer(to.id(), reason.strip(), now);
		changed(kase, "casework.case.transferRequested", "casework.timeline.transferRequested", to.id().toString());
		events.publishEvent(new CaseTransferRequested(kase.id(), kase.reference(), kase.ownerAgencyId(), to.id(), now));
	}

	@Transactional
	public void cancelTransfer(UUID caseId, long version) {
		CaseFile kase = managed(caseId, version);
		if (kase.transferToAgencyId() == null) {
			throw new RuleViolationException("agencyId", "casework.error.noTransfer");
		}
		kase.cancelTransfer(clock.instant());
		changed(kase, "casework.case.transferCancelled", "casework.timeline.transferCancelled");
	}

	/** Cases offered to the actor's agency by transfer (the receiving agency sees the reference, title and reason only). */
	@Transactional(readOnly = true)
	public List<CaseFile> transfersOffered() {
		Actor actor = CaseAccess.actor();
		if (!CaseAccess.holds(org.kumkrong.platform.Permission.CASE_MANAGE)) {
			return List.of();
		}
		return cases.pendingTransfersTo(actor.agencyId());
	}

	/** The receiving agency answers a transfer: accept (it owns the case) or decline (the owner keeps it). */
	@Transactional
	public void answerTransfer(UUID caseId, boolean accept) {
		Actor actor = CaseAccess.actor();
		CaseFile kase = cases.findById(caseId).orElseThrow(CaseNotFoundException::new);
		if (!actor.agencyId().equals(kase.transferToAgencyId())
				|| !CaseAccess.holds(org.kumkrong.platform.Permission.CASE_MANAGE)) {
			throw new CaseNotFoundException();
		}
		Instant now = clock.instant();
		UUID from = kase.ownerAgencyId();
		if (accept) {
			kase.completeTransfer(now);
			changed(kase, "casework.case.transferred", "casework.timeline.transferred", from.toString(), actor.agencyId().toString());
			events.publishEvent(new CaseTransferred(kase.id(), actor.agencyId(), agencyType(actor.agencyId()), kase.provinceCode(),
					now, agencyType(from)));
		}
		else {
			kase.cancelTransfer(now);
			changed(kase, "casework.case.transferDeclined", "casework.timeline.transferDeclined", actor.agencyId().toString());
		}
	}

	/**
	 * Merges {@code sourceId} into {@code targetId}: the source's reports, children, suspects, incidents,
	 * notes, tasks, outcomes and timeline move to the target (each record keeping its own history), its team
	 * joins the target's, and the source is closed as merged, pointing to the target. The actor's agency must
	 * own both.
	 */
	@Transactional
	public void merge(UUID sourceId, long version, String targetReference) {
		CaseFile source = managed(sourceId, version);
		CaseFile target = targetReference == null || targetReference.isBlank() ? null
				: cases.findByReference(targetReference.strip().toUpperCase()).orElse(null);
		if (target == null || !access.mayManage(target)) {
			throw new RuleViolationException("target", "casework.error.mergeTarget");
		}
		if (target.id().equals(source.id()) || target.mergedInto() != null || source.mergedInto() != null) {
			throw new RuleViolationException("target", "casework.error.mergeSelf");
		}
		Instant now = clock.instant();
		for (LinkedReport report : List.copyOf(source.reports())) {
			target.linkReport(report.reportId(), report.reportReference(), now);
		}
		for (Child child : List.copyOf(source.children())) {
			child.moveTo(target, now);
			target.children().add(child);
		}
		source.children().clear();
		for (Suspect suspect : List.copyOf(source.suspects())) {
			suspect.moveTo(target, now);
			target.suspects().add(suspect);
		}
		source.suspects().clear();
		for (Incident incident : List.copyOf(source.incidents())) {
			incident.moveTo(target, now);
			target.incidents().add(incident);
		}
		source.incidents().clear();
		for (Note note : List.copyOf(source.notes())) {
			note.moveTo(target, now);
			target.notes().add(note);
		}
		source.notes().clear();
		tasks.findByCaseIdOrderByDoneAtAscDueOnAscCreatedAtAsc(source.id()).forEach(task -> task.moveTo(target.id(), now));
		outcomes.findByCaseIdOrderByOccurredOnAscRecordedAtAsc(source.id()).forEach(outcome -> outcome.moveTo(target.id()));
		for (TeamMember member : source.team()) {
			target.admit(member.agencyId(), TeamAccess.MEMBER, now);
		}
		target.raisePriority(source.priority(), now);
		target.touch(now);
		source.mergeInto(target.id(), now);
		changed(source, "casework.case.merged", "casework.timeline.mergedInto", target.reference());
		note(target, "casework.timeline.mergedFrom", source.reference());
		audit.record("casework.case.mergedInto", "casework_case", target.id(), AuditOutcome.SUCCESS);
		events.publishEvent(new CaseClosed(source.id(), source.ownerAgencyId(), agencyType(source.ownerAgencyId()),
				source.provinceCode(), now, CloseReason.DUPLICATE.name()));
	}

	// ---------------------------------------------------------------- children

	@Transactional
	public Child addChild(UUID caseId, ChildDraft draft) {
		CaseFile kase = editable(caseId, null);
		checkChild(draft);
		Instant now = clock.instant();
		Child child = new Child(UUID.randomUUID(), kase, childCode(), now);
		child.describe(draft.ageBand(), draft.sex(), blankToNull(draft.provinceCode()), blankToNull(draft.needs()),
				blankToNull(draft.risks()), now);
		if (draft.identity() != null && !draft.identity().empty()) {
			requireIdentityClearance();
			child.sealIdentity(seal(child.id(), draft.identity()), now);
		}
		kase.children().add(child);
		entities.persist(child);
		kase.touch(now);
		audit.record("casework.child.added", "casework_child", child.id(), AuditOutcome.SUCCESS);
		note(kase, "casework.timeline.childAdded", child.code());
		events.publishEvent(new ChildAddedToCase(kase.id(), child.id(), child.ageBand(), child.sex(), child.provinceCode()));
		return child;
	}

	/**
	 * Changes a child's non-identifying fields, and (for a cleared role, with {@code identity} given) the
	 * identifying ones; {@code identity == null} leaves them as they are.
	 */
	@Transactional
	public void updateChild(UUID caseId, UUID childId, long version, ChildDraft draft) {
		CaseFile kase = editable(caseId, null);
		Child child = child(kase, childId);
		if (child.version() != version) {
			throw new RuleViolationException(null, "casework.error.stale");
		}
		checkChild(draft);
		Instant now = clock.instant();
		child.describe(draft.ageBand(), draft.sex(), blankToNull(draft.provinceCode()), blankToNull(draft.needs()),
				blankToNull(draft.risks()), now);
		if (draft.identity() != null) {
			requireIdentityClearance();
			child.sealIdentity(draft.identity().empty() ? null : seal(child.id(), draft.identity()), now);
			audit.record("casework.child.identityChanged", "casework_child", child.id(), AuditOutcome.SUCCESS);
		}
		kase.touch(now);
		audit.record("casework.child.updated", "casework_child", child.id(), AuditOutcome.SUCCESS);
		note(kase, "casework.timeline.childUpdated", child.code());
	}

	/**
	 * Two records of the same child: {@code duplicateId} is merged into {@code keptId}. Incidents and outcomes
	 * naming the duplicate name the kept record; the duplicate stays (marked merged, with its history); the
	 * kept record takes the duplicate's identity when it has none.
	 */
	@Transactional
	public void mergeChildren(UUID caseId, UUID keptId, UUID duplicateId) {
		CaseFile kase = editable(caseId, null);
		Child kept = child(kase, keptId);
		Child duplicate = child(kase, duplicateId);
		if (kept.id().equals(duplicate.id())) {
			throw new RuleViolationException("duplicateId", "casework.error.mergeChildSelf");
		}
		Instant now = clock.instant();
		if (!kept.hasIdentity() && duplicate.hasIdentity()) {
			kept.sealIdentity(seal(kept.id(), openIdentity(duplicate)), now);
		}
		duplicate.mergeInto(kept.id(), now);
		kase.incidents().forEach(incident -> incident.replaceChild(duplicate.id(), kept.id()));
		audit.record("casework.child.merged", "casework_child", duplicate.id(), AuditOutcome.SUCCESS);
		note(kase, "casework.timeline.childMerged", duplicate.code(), kept.code());
		kase.touch(now);
	}

	// ---------------------------------------------------------------- suspects

	@Transactional
	public Suspect addSuspect(UUID caseId, SuspectDraft draft) {
		CaseFile kase = editable(caseId, null);
		checkSuspect(draft);
		Instant now = clock.instant();
		Suspect suspect = new Suspect(UUID.randomUUID(), kase, now);
		suspect.describe(draft.label().strip(), draft.known(), blankToNull(draft.estimatedAge()), draft.relation(),
				draft.arrestStatus(), now);
		kase.suspects().add(suspect);
		kase.touch(now);
		audit.record("casework.suspect.added", "casework_suspect", suspect.id(), AuditOutcome.SUCCESS);
		note(kase, "casework.timeline.suspectAdded", suspect.label());
		return suspect;
	}

	/** Adds a suspect and, when given, a first identifier, in one transaction (both or neither). */
	@Transactional
	public UUID addSuspectWithIdentifier(UUID caseId, SuspectDraft draft, IdentifierDraft identifier) {
		Suspect suspect = addSuspect(caseId, draft);
		if (identifier != null) {
			addIdentifier(caseId, suspect.id(), identifier);
		}
		return suspect.id();
	}

	/** What adopting a reported person gave: the new suspect, and how many identifiers were not well formed. */
	public record Adopted(UUID suspectId, int skipped) {
	}

	/**
	 * A person a joined report names becomes a suspect, labelled by their first identifier, with every
	 * well-formed identifier the report gives (screen names on the report's first platform).
	 */
	@Transactional
	public Adopted adoptSuspect(UUID caseId, String reportReference, org.kumkrong.intake.ReportForCase.ReportedPerson person,
			String platformCode) {
		List<IdentifierDraft> identifiers = new ArrayList<>();
		String platform = platformCode != null && references.isActive(ReferenceList.PLATFORM, platformCode) ? platformCode : null;
		person.screenNames().forEach(v -> identifiers.add(new IdentifierDraft(SuspectIdentifier.Kind.SCREEN_NAME, platform, v, null)));
		person.profileUrls().forEach(v -> identifiers.add(new IdentifierDraft(SuspectIdentifier.Kind.PROFILE_URL, null, v, null)));
		person.emails().forEach(v -> identifiers.add(new IdentifierDraft(SuspectIdentifier.Kind.EMAIL, null, v, null)));
		person.phones().forEach(v -> identifiers.add(new IdentifierDraft(SuspectIdentifier.Kind.PHONE, null, v, null)));
		person.ips().forEach(ip -> identifiers.add(new IdentifierDraft(SuspectIdentifier.Kind.IP, null, ip.ip(), ip.at())));
		List<IdentifierDraft> valid = identifiers.stream()
			.filter(d -> d.value() != null && !d.value().isBlank() && d.value().strip().length() <= 500
					&& IdentifierRules.valid(d.kind(), d.value().strip()))
			.toList();
		String label = valid.isEmpty() ? "Reported in " + reportReference : valid.get(0).value().strip();
		Suspect suspect = addSuspect(caseId, new SuspectDraft(label.length() > 200 ? label.substring(0, 200) : label, false, null,
				Suspect.Relation.UNKNOWN, Suspect.ArrestStatus.NOT_ARRESTED));
		valid.forEach(d -> addIdentifier(caseId, suspect.id(), d));
		return new Adopted(suspect.id(), identifiers.size() - valid.size());
	}

	@Transactional
	public void updateSuspect(UUID caseId, UUID suspectId, long version, SuspectDraft draft) {
		CaseFile kase = editable(caseId, null);
		Suspect suspect = suspect(kase, suspectId);
		if (suspect.version() != version) {
			throw new RuleViolationException(null, "casework.error.stale");
		}
		checkSuspect(draft);
		Instant now = clock.instant();
		suspect.describe(draft.label().strip(), draft.known(), blankToNull(draft.estimatedAge()), draft.relation(),
				draft.arrestStatus(), now);
		kase.touch(now);
		audit.record("casework.suspect.updated", "casework_suspect", suspect.id(), AuditOutcome.SUCCESS);
		note(kase, "casework.timeline.suspectUpdated", suspect.label());
	}

	@Transactional
	public void addIdentifier(UUID caseId, UUID suspectId, IdentifierDraft draft) {
		CaseFile kase = editable(caseId, null);
		Suspect suspect = suspect(kase, suspectId);
		String value = draft.value() == null ? "" : draft.value().strip();
		if (draft.kind() == null) {
			throw new RuleViolationException("kind", "casework.error.identifierKind");
		}
		if (value.isEmpty() || value.length() > 500 || !IdentifierRules.valid(draft.kind(), value)) {
			throw new RuleViolationException("value", "casework.error.identifier." + draft.kind().name());
		}
		if (draft.platformCode() != null && !draft.platformCode().isBlank()
				&& !references.isActive(ReferenceList.PLATFORM, draft.platformCode())) {
			throw new RuleViolationException("platformCode", "casework.error.platform");
		}
		Instant now = clock.instant();
		suspect.addIdentifier(draft.kind(), blankToNull(draft.platformCode()), value, draft.observedAt(), now);
		kase.touch(now);
		audit.record("casework.suspect.identifierAdded", "casework_suspect", suspect.id(), AuditOutcome.SUCCESS);
		note(kase, "casework.timeline.identifierAdded", suspect.label(), draft.kind().name());
	}

	@Transactional
	public void removeIdentifier(UUID caseId, UUID suspectId, UUID identifierId) {
		CaseFile kase = editable(caseId, null);
		Suspect suspect = suspect(kase, suspectId);
		if (!suspect.removeIdentifier(identifierId, clock.instant())) {
			throw new CaseNotFoundException();
		}
		kase.touch(clock.instant());
		audit.record("casework.suspect.identifierRemoved", "casework_suspect", suspect.id(), AuditOutcome.SUCCESS);
		note(kase, "casework.timeline.identifierRemoved", suspect.label());
	}

	// ---------------------------------------------------------------- incidents

	@Transactional
	public Incident addIncident(UUID caseId, IncidentDraft draft) {
		CaseFile kase = editable(caseId, null);
		checkIncident(kase, draft);
		Instant now = clock.instant();
		Incident incident = new Incident(UUID.randomUUID(), kase, now);
		incident.describe(draft.occurredOn(), blankToNull(draft.provinceCode()), blankToNull(draft.description()),
				draft.platformCodes(), draft.childIds(), draft.suspectIds(), now);
		Set<RecordedOffence> added = incident.recordOffences(new LinkedHashSet<>(draft.offences()), now);
		kase.incidents().add(incident);
		kase.touch(now);
		audit.record("casework.incident.added", "casework_incident", incident.id(), AuditOutcome.SUCCESS);
		note(kase, "casework.timeline.incidentAdded", String.join(", ", draft.offences().stream().map(RecordedOffence::offenceCode).toList()));
		offencesRecorded(kase, incident, added);
		return incident;
	}

	@Transactional
	public void updateIncident(UUID caseId, UUID incidentId, long version, IncidentDraft draft) {
		CaseFile kase = editable(caseId, null);
		Incident incident = kase.incidents().stream().filter(i -> i.id().equals(incidentId)).findFirst()
			.orElseThrow(CaseNotFoundException::new);
		if (incident.version() != version) {
			throw new RuleViolationException(null, "casework.error.stale");
		}
		checkIncident(kase, draft);
		Instant now = clock.instant();
		incident.describe(draft.occurredOn(), blankToNull(draft.provinceCode()), blankToNull(draft.description()),
				draft.platformCodes(), draft.childIds(), draft.suspectIds(), now);
		Set<RecordedOffence> added = incident.recordOffences(new LinkedHashSet<>(draft.offences()), now);
		kase.touch(now);
		audit.record("casework.incident.updated", "casework_incident", incident.id(), AuditOutcome.SUCCESS);
		note(kase, "casework.timeline.incidentUpdated", String.join(", ", draft.offences().stream().map(RecordedOffence::offenceCode).toList()));
		offencesRecorded(kase, incident, added);
	}

	private void offencesRecorded(CaseFile kase, Incident incident, Set<RecordedOffence> offences) {
		String platform = incident.platformCodes().stream().findFirst().orElse(null);
		String province = incident.provinceCode() != null ? incident.provinceCode() : kase.provinceCode();
		for (RecordedOffence offence : offences) {
			events.publishEvent(new OffenceRecorded(kase.id(), incident.id(), offence.offenceCode(),
					offence.activity().isEmpty() ? null : offence.activity(), offence.flags(), platform, province,
					incident.occurredOn()));
		}
	}

	// ---------------------------------------------------------------- notes and tasks

	@Transactional
	public Note addNote(UUID caseId, Note.Visibility visibility, String body) {
		CaseFile kase = visible(caseId);
		if (!CaseAccess.holds(org.kumkrong.platform.Permission.CASE_EDIT)) {
			throw new RuleViolationException("body", "casework.error.mayNotEdit");
		}
		if (visibility == null) {
			throw new RuleViolationException("visibility", "casework.error.visibility");
		}
		if (body == null || body.isBlank() || body.length() > 20000) {
			throw new RuleViolationException("body", "casework.error.noteBody");
		}
		Actor actor = CaseAccess.actor();
		Instant now = clock.instant();
		Note note = new Note(UUID.randomUUID(), kase, actor.userId(), actor.agencyId(), visibility, body.strip(), now);
		kase.notes().add(0, note);
		kase.touch(now);
		audit.record("casework.note.added", "casework_note", note.id(), AuditOutcome.SUCCESS);
		note(kase, "casework.timeline.noteAdded", visibility.name());
		return note;
	}

	@Transactional
	public CaseTask addTask(UUID caseId, String title, UUID assigneeId, LocalDate dueOn, boolean assigneeOnTeam) {
		CaseFile kase = editable(caseId, null);
		if (title == null || title.isBlank() || title.length() > 300) {
			throw new RuleViolationException("title", "casework.error.taskTitle");
		}
		if (assigneeId != null && !assigneeOnTeam) {
			throw new RuleViolationException("assigneeId", "casework.error.assignee");
		}
		if (dueOn != null && dueOn.isBefore(LocalDate.now(clock.withZone(THAILAND)).minusYears(1))) {
			throw new RuleViolationException("dueOn", "casework.error.dueOn");
		}
		Actor actor = CaseAccess.actor();
		Instant now = clock.instant();
		CaseTask task = new CaseTask(UUID.randomUUID(), kase.id(), title.strip(), assigneeId, dueOn, actor.userId(), now);
		entities.persist(task);
		kase.touch(now);
		audit.record("casework.task.added", "casework_task", task.id(), AuditOutcome.SUCCESS);
		note(kase, "casework.timeline.taskAdded", task.title());
		if (assigneeId != null) {
			events.publishEvent(new TaskAssigned(kase.id(), kase.reference(), task.id(), assigneeId, dueOn, now));
		}
		return task;
	}

	@Transactional
	public void completeTask(UUID caseId, UUID taskId, boolean done) {
		CaseFile kase = visible(caseId);
		if (!CaseAccess.holds(org.kumkrong.platform.Permission.CASE_EDIT)) {
			throw new RuleViolationException("task", "casework.error.mayNotEdit");
		}
		CaseTask task = tasks.findById(taskId).filter(t -> t.caseId().equals(kase.id())).orElseThrow(CaseNotFoundException::new);
		Instant now = clock.instant();
		if (done) {
			task.complete(now);
		}
		else {
			task.reopen(now);
		}
		kase.touch(now);
		audit.record(done ? "casework.task.done" : "casework.task.reopened", "casework_task", task.id(), AuditOutcome.SUCCESS);
		note(kase, done ? "casework.timeline.taskDone" : "casework.timeline.taskReopened", task.title());
	}

	@Transactional(readOnly = true)
	public List<CaseTask> tasks(UUID caseId) {
		return tasks.findByCaseIdOrderByDoneAtAscDueOnAscCreatedAtAsc(visible(caseId).id());
	}

	// ---------------------------------------------------------------- outcomes

	@Transactional
	public Outcome recordOutcome(UUID caseId, OutcomeDraft draft) {
		CaseFile kase = editable(caseId, null);
		checkOutcome(kase, draft);
		Actor actor = CaseAccess.actor();
		Instant now = clock.instant();
		Outcome outcome = new Outcome(UUID.randomUUID(), kase.id(), draft.type(), draft.occurredOn(),
				draft.suspectId(), draft.childId(), draft.legalBasis() == null ? null : draft.legalBasis().name(),
				blankToNull(draft.detail()), actor.agencyId(), actor.userId(), now);
		entities.persist(outcome);
		if (draft.suspectId() != null) {
			Suspect suspect = suspect(kase, draft.suspectId());
			if (draft.type() == OutcomeType.ARRESTED) {
				suspect.arrest(Suspect.ArrestStatus.ARRESTED, now);
			}
			if (draft.type() == OutcomeType.SUSPECT_IDENTIFIED && !suspect.known()) {
				suspect.describe(suspect.label(), true, suspect.estimatedAge(), suspect.relation(), suspect.arrestStatus(), now);
			}
		}
		// A charge means the case is with the prosecution; a verdict means it reached trial. Neither moves a
		// case backwards, and closing stays the owner's decision.
		CaseStatus stage = switch (draft.type()) {
			case CHARGED -> CaseStatus.PROSECUTION;
			case CONVICTED, ACQUITTED -> CaseStatus.TRIAL;
			default -> null;
		};
		if (stage != null && kase.status().ordinal() < stage.ordinal()) {
			kase.moveTo(stage, null, now);
			note(kase, "casework.timeline.status", stage.name());
		}
		kase.touch(now);
		audit.record("casework.outcome.recorded", "casework_outcome", outcome.id(), AuditOutcome.SUCCESS);
		note(kase, "casework.timeline.outcome", draft.type().name(), draft.occurredOn().toString());
		events.publishEvent(new OutcomeRecorded(kase.id(), draft.type().name(), draft.occurredOn(), agencyType(actor.agencyId()),
				outcome.legalBasis()));
		return outcome;
	}

	@Transactional(readOnly = true)
	public List<Outcome> outcomes(UUID caseId) {
		return outcomes.findByCaseIdOrderByOccurredOnAscRecordedAtAsc(visible(caseId).id());
	}

	@Transactional(readOnly = true)
	public List<TimelineEntry> timeline(UUID caseId) {
		return timeline.findByCaseIdOrderByAtDescIdAsc(visible(caseId).id());
	}

	/**
	 * Raises the case's priority for another module (evidence that matched known content), never lowers it;
	 * the timeline says why. Returns whether it changed.
	 */
	@Transactional
	public boolean raisePriority(UUID caseId, CasePriority priority, String messageKey, List<String> arguments) {
		CaseFile kase = cases.findById(caseId).orElseThrow(CaseNotFoundException::new);
		CasePriority before = kase.priority();
		kase.raisePriority(priority, clock.instant());
		if (kase.priority() == before) {
			return false;
		}
		note(kase, messageKey, arguments.toArray(String[]::new));
		audit.record("casework.case.priorityRaised", "casework_case", kase.id(), AuditOutcome.SUCCESS);
		return true;
	}

	/** Appends a timeline line for another module. */
	@Transactional
	public void addToTimeline(UUID caseId, String messageKey, List<String> arguments) {
		CaseFile kase = cases.findById(caseId).orElseThrow(CaseNotFoundException::new);
		note(kase, messageKey, arguments.toArray(String[]::new));
	}

	// ---------------------------------------------------------------- rules

	private void checkCase(CaseDraft draft) {
		if (draft.title() == null || draft.title().isBlank() || draft.title().length() > 200) {
			throw new RuleViolationException("title", "casework.error.title");
		}
		if (draft.summary() != null && draft.summary().length() > 10000) {
			throw new RuleViolationException("summary", "casework.error.summary");
		}
		if (draft.priority() == null) {
			throw new RuleViolationException("priority", "casework.error.priority");
		}
		if (draft.provinceCode() != null && !draft.provinceCode().isBlank() && !references.isActiveProvince(draft.provinceCode())) {
			throw new RuleViolationException("provinceCode", "casework.error.province");
		}
	}

	private void checkChild(ChildDraft draft) {
		if (draft.ageBand() == null || !references.isActive(ReferenceList.AGE_BAND, draft.ageBand())) {
			throw new RuleViolationException("ageBand", "casework.error.ageBand");
		}
		if (draft.sex() == null || !references.isActive(ReferenceList.SEX, draft.sex())) {
			throw new RuleViolationException("sex", "casework.error.sex");
		}
		if (draft.provinceCode() != null && !draft.provinceCode().isBlank() && !references.isActiveProvince(draft.provinceCode())) {
			throw new RuleViolationException("provinceCode", "casework.error.province");
		}
		if (tooLong(draft.needs(), 2000)) {
			throw new RuleViolationException("needs", "casework.error.tooLong", 2000);
		}
		if (tooLong(draft.risks(), 2000)) {
			throw new RuleViolationException("risks", "casework.error.tooLong", 2000);
		}
		ChildIdentity identity = draft.identity();
		if (identity != null) {
			if (tooLong(identity.name(), 200)) {
				throw new RuleViolationException("name", "casework.error.tooLong", 200);
			}
			if (identity.nationalId() != null && !identity.nationalId().isBlank()
					&& !ChildIdentity.validThaiNationalId(ChildIdentity.normalizeNationalId(identity.nationalId()))) {
				throw new RuleViolationException("nationalId", "casework.error.nationalId");
			}
			LocalDate today = LocalDate.now(clock.withZone(THAILAND));
			if (identity.dateOfBirth() != null && (identity.dateOfBirth().isAfter(today)
					|| identity.dateOfBirth().isBefore(today.minusYears(30)))) {
				throw new RuleViolationException("dateOfBirth", "casework.error.dateOfBirth");
			}
			if (tooLong(identity.address(), 500)) {
				throw new RuleViolationException("address", "casework.error.tooLong", 500);
			}
			if (tooLong(identity.school(), 200)) {
				throw new RuleViolationException("school", "casework.error.tooLong", 200);
			}
			if (tooLong(identity.guardianContact(), 500)) {
				throw new RuleViolationException("guardianContact", "casework.error.tooLong", 500);
			}
		}
	}

	private void checkSuspect(SuspectDraft draft) {
		if (draft.label() == null || draft.label().isBlank() || draft.label().length() > 200) {
			throw new RuleViolationException("label", "casework.error.suspectLabel");
		}
		if (tooLong(draft.estimatedAge(), 40)) {
			throw new RuleViolationException("estimatedAge", "casework.error.tooLong", 40);
		}
		if (draft.relation() == null) {
			throw new RuleViolationException("relation", "casework.error.relation");
		}
		if (draft.arrestStatus() == null) {
			throw new RuleViolationException("arrestStatus", "casework.error.arrestStatus");
		}
	}

	private void checkIncident(CaseFile kase, IncidentDraft draft) {
		LocalDate today = LocalDate.now(clock.withZone(THAILAND));
		if (draft.occurredOn() != null && draft.occurredOn().isAfter(today)) {
			throw new RuleViolationException("occurredOn", "casework.error.occurredOn");
		}
		if (draft.provinceCode() != null && !draft.provinceCode().isBlank() && !references.isActiveProvince(draft.provinceCode())) {
			throw new RuleViolationException("provinceCode", "casework.error.province");
		}
		if (tooLong(draft.description(), 10000)) {
			throw new RuleViolationException("description", "casework.error.tooLong", 10000);
		}
		if (draft.offences().isEmpty()) {
			throw new RuleViolationException("offenceCodes", "casework.error.offences");
		}
		for (RecordedOffence offence : draft.offences()) {
			var entry = references.entry(ReferenceList.OFFENCE, offence.offenceCode()).filter(e -> e.active()).orElse(null);
			if (entry == null) {
				throw new RuleViolationException("offenceCodes", "casework.error.offences");
			}
		}
		for (String platform : draft.platformCodes()) {
			if (!references.isActive(ReferenceList.PLATFORM, platform)) {
				throw new RuleViolationException("platformCodes", "casework.error.platform");
			}
		}
		Set<UUID> childIds = new LinkedHashSet<>();
		kase.currentChildren().forEach(child -> childIds.add(child.id()));
		if (!childIds.containsAll(draft.childIds())) {
			throw new RuleViolationException("childIds", "casework.error.childLink");
		}
		Set<UUID> suspectIds = new LinkedHashSet<>();
		kase.suspects().forEach(suspect -> suspectIds.add(suspect.id()));
		if (!suspectIds.containsAll(draft.suspectIds())) {
			throw new RuleViolationException("suspectIds", "casework.error.suspectLink");
		}
	}

	private void checkOutcome(CaseFile kase, OutcomeDraft draft) {
		if (draft.type() == null || draft.type() == OutcomeType.CASE_CLOSED) {
			throw new RuleViolationException("type", "casework.error.outcomeType");
		}
		LocalDate today = LocalDate.now(clock.withZone(THAILAND));
		if (draft.occurredOn() == null || draft.occurredOn().isAfter(today)) {
			throw new RuleViolationException("occurredOn", "casework.error.occurredOn");
		}
		if (draft.type().concernsSuspect()) {
			if (draft.suspectId() == null || kase.suspects().stream().noneMatch(s -> s.id().equals(draft.suspectId()))) {
				throw new RuleViolationException("suspectId", "casework.error.outcomeSuspect");
			}
		}
		if (draft.type().concernsChild()) {
			if (draft.childId() == null || kase.currentChildren().stream().noneMatch(c -> c.id().equals(draft.childId()))) {
				throw new RuleViolationException("childId", "casework.error.outcomeChild");
			}
			if (draft.detail() == null || draft.detail().isBlank()) {
				throw new RuleViolationException("detail", "casework.error.supportType");
			}
		}
		if (draft.type() == OutcomeType.CHARGED && draft.legalBasis() == null) {
			throw new RuleViolationException("legalBasis", "casework.error.legalBasis");
		}
		if ((draft.type() == OutcomeType.CONVICTED || draft.type() == OutcomeType.PROSECUTION_DECLINED)
				&& (draft.detail() == null || draft.detail().isBlank())) {
			throw new RuleViolationException("detail", "casework.error.outcomeDetail." + draft.type().name());
		}
		if (tooLong(draft.detail(), 2000)) {
			throw new RuleViolationException("detail", "casework.error.tooLong", 2000);
		}
	}

	// ---------------------------------------------------------------- helpers

	private CaseFile editable(UUID caseId, Long version) {
		CaseFile kase = visible(caseId);
		if (version != null) {
			checkVersion(kase, version);
		}
		if (!CaseAccess.holds(org.kumkrong.platform.Permission.CASE_EDIT)) {
			throw new RuleViolationException("case", "casework.error.mayNotEdit");
		}
		if (kase.status().closed()) {
			throw new RuleViolationException("case", "casework.error.closed");
		}
		return kase;
	}

	private CaseFile managed(UUID caseId, long version) {
		CaseFile kase = checkVersion(visible(caseId), version);
		if (!access.mayManage(kase)) {
			throw new RuleViolationException("case", "casework.error.mayNotManage");
		}
		return kase;
	}

	private static CaseFile checkVersion(CaseFile kase, long version) {
		if (kase.version() != version) {
			throw new RuleViolationException(null, "casework.error.stale");
		}
		return kase;
	}

	private void requireIdentityClearance() {
		if (!access.identityCleared()) {
			throw new RuleViolationException("name", "casework.error.identityNotCleared");
		}
	}

	private static Child child(CaseFile kase, UUID childId) {
		return kase.children().stream().filter(child -> child.id().equals(childId)).findFirst()
			.orElseThrow(CaseNotFoundException::new);
	}

	private static Suspect suspect(CaseFile kase, UUID suspectId) {
		return kase.suspects().stream().filter(suspect -> suspect.id().equals(suspectId)).findFirst()
			.orElseThrow(CaseNotFoundException::new);
	}

	private AgencyView activeAgency(UUID agencyId, String field) {
		return agencyId == null ? fail(field) : agencies.find(agencyId).filter(AgencyView::active).orElseGet(() -> fail(field));
	}

	private static AgencyView fail(String field) {
		throw new RuleViolationException(field, "casework.error.agency");
	}

	String agencyType(UUID agencyId) {
		return agencyId == null ? null : agencies.find(agencyId).map(AgencyView::typeCode).orElse(null);
	}

	private String seal(UUID childId, ChildIdentity identity) {
		ChildIdentity normalized = new ChildIdentity(blankToNull(identity.name()), identity.dateOfBirth(),
				blankToNull(ChildIdentity.normalizeNationalId(identity.nationalId())), blankToNull(identity.address()),
				blankToNull(identity.school()), blankToNull(identity.guardianContact()));
		byte[] plaintext = json.writeValueAsString(normalized).getBytes(StandardCharsets.UTF_8);
		return Base64.getEncoder().encodeToString(encryption.encrypt(plaintext, identityBinding(childId)));
	}

	static String identityBinding(UUID childId) {
		return "casework_child.identity:" + childId;
	}

	private String childCode() {
		char[] code = new char[8];
		for (int i = 0; i < code.length; i++) {
			code[i] = CROCKFORD[RANDOM.nextInt(CROCKFORD.length)];
		}
		return "C-" + new String(code);
	}

	private void changed(CaseFile kase, String action, String timelineKey, String... arguments) {
		audit.record(action, "casework_case", kase.id(), AuditOutcome.SUCCESS);
		note(kase, timelineKey, arguments);
	}

	private void note(CaseFile kase, String messageKey, String... arguments) {
		Actor actor = Actor.current().orElse(null);
		note(kase, actor == null ? null : actor.userId(), actor == null ? null : actor.agencyId(), messageKey, arguments);
	}

	private void note(CaseFile kase, UUID actorId, UUID agencyId, String messageKey, String... arguments) {
		entities.persist(new TimelineEntry(kase.id(), clock.instant(), actorId, agencyId, messageKey, List.of(arguments)));
	}

	private static boolean tooLong(String value, int max) {
		return value != null && value.length() > max;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}


}
