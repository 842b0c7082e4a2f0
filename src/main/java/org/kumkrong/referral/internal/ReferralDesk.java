package org.kumkrong.referral.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.casework.CaseSummary;
import org.kumkrong.casework.Cases;
import org.kumkrong.casework.ChildSummary;
import org.kumkrong.casework.TeamAccess;
import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.directory.ServicePointView;
import org.kumkrong.directory.ServicePoints;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.referral.ReferralAccepted;
import org.kumkrong.referral.ReferralCompleted;
import org.kumkrong.referral.ReferralDeclined;
import org.kumkrong.referral.ReferralNotFoundException;
import org.kumkrong.referral.ReferralOverdue;
import org.kumkrong.referral.ReferralPurpose;
import org.kumkrong.referral.ReferralRequested;
import org.kumkrong.referral.ReferralState;
import org.kumkrong.referral.ReferralWithdrawn;
import org.kumkrong.referral.internal.ReferralDraft.ConsentBasis;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that happens to a referral. A referral is known only to its two agencies (anyone else: "not
 * found"); each change checks its rules (a {@link RuleViolationException} naming the field), writes its audit
 * entry in the same transaction, adds a line to the case's timeline, keeps the step in the referral's
 * history and publishes its event (ids and codes only).
 * <p>
 * Rule checks come before any change, so a refused attempt can keep its audit entry ({@code noRollbackFor})
 * without keeping anything else.
 */
@Service
public class ReferralDesk {

	static final String RECORD_TYPE = "referral";

	static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

	/** How many referrals each list shows at most. */
	public static final int LISTED = 200;

	private final ReferralRepository referrals;

	private final ReferralStatusChangeRepository changes;

	private final Cases cases;

	private final Agencies agencies;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final ReferralDeadlines deadlines;

	private final Clock clock;

	private final ServicePoints servicePoints;

	ReferralDesk(ReferralRepository referrals, ReferralStatusChangeRepository changes, Cases cases, Agencies agencies,
			AuditTrail audit, ApplicationEventPublisher events, ReferralDeadlines deadlines, Clock clock,
			ServicePoints servicePoints) {
		this.servicePoints = servicePoints;
		this.referrals = referrals;
		this.changes = changes;
		this.cases = cases;
		this.agencies = agencies;
		this.audit = audit;
		this.events = events;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- referring

	/** Refers a case the actor may see to another agency. */
	@Transactional(noRollbackFor = RuleViolationException.class)
	public Referral refer(ReferralDraft draft) {
		Actor actor = actor();
		if (!holds(Permission.REFERRAL_MANAGE)) {
			throw new ReferralNotFoundException();
		}
		// Through the proxy (visible, not the default requireVisible) so casework reads the case in its own transaction.
		CaseSummary kase = cases.visible(draft.caseId()).orElseThrow(org.kumkrong.casework.CaseNotFoundException::new);
		if (draft.purpose() == null) {
			throw new RuleViolationException("purpose", "referral.error.purpose");
		}
		ServicePointView point = null;
		if (draft.toServicePointId() != null) {
			point = servicePoints.find(draft.toServicePointId()).filter(ServicePointView::active).orElse(null);
			// The service point must belong to the agency chosen (or, with none chosen, gives the agency).
			if (point == null || draft.toAgencyId() != null && !draft.toAgencyId().equals(point.agencyId())) {
				throw new RuleViolationException("toServicePointId", "referral.error.servicePoint");
			}
		}
		UUID toAgencyId = draft.toAgencyId() != null ? draft.toAgencyId() : point == null ? null : point.agencyId();
		AgencyView to = toAgencyId == null ? null : agencies.find(toAgencyId).filter(AgencyView::active).orElse(null);
		if (to == null) {
			throw new RuleViolationException("toAgencyId", "referral.error.agency");
		}
		if (to.id().equals(actor.agencyId())) {
			throw new RuleViolationException("toAgencyId", "referral.error.ownAgency");
		}
		Set<UUID> children = cases.children(kase.id()).stream().map(ChildSummary::id).collect(java.util.stream.Collectors.toSet());
		if (!children.containsAll(draft.childIds())) {
			throw new RuleViolationException("childIds", "referral.error.children");
		}
		if (tooLong(draft.message(), 2000)) {
			throw new RuleViolationException("message", "referral.error.tooLong", 2000);
		}
		if (referrals.existsOpen(kase.id(), to.id(), draft.purpose(), EnumSet.of(ReferralState.REQUESTED, ReferralState.ACCEPTED))) {
			throw new RuleViolationException("toAgencyId", "referral.error.duplicate");
		}
		checkConsent(draft);

		Instant now = clock.instant();
		Referral referral = new Referral(UUID.randomUUID(), kase.id(), kase.reference(), actor.agencyId(), to.id(),
				draft.purpose(), draft.childIds(), blankToNull(draft.message()), actor.userId(), now,
				now.plus(deadlines.of(draft.purpose())));
		if (point != null) {
			referral.toServicePoint(point.id());
		}
		if (draft.basis() == ConsentBasis.OVERRIDE) {
			referral.overrideConsent(draft.overrideReason().strip(), actor.userId());
		}
		else {
			referral.recordConsent(draft.consentGivenBy(), draft.consentGivenOn(), draft.childViewsHeard(),
					Boolean.TRUE.equals(draft.childViewsHeard()) ? draft.childViewsSummary().strip() : null);
		}
		referrals.save(referral);
		audit.record("referral.requested", RECORD_TYPE, referral.id(), AuditOutcome.SUCCESS);
		if (referral.consentOverridden()) {
			// The override is its own entry, so an auditor can list every referral made without consent.
			audit.record("referral.consent.overridden", RECORD_TYPE, referral.id(), AuditOutcome.SUCCESS);
		}
		else {
			audit.record("referral.consent.recorded", RECORD_TYPE, referral.id(), AuditOutcome.SUCCESS);
		}
		String basis = referral.consentOverridden() ? "CONSENT_OVERRIDE" : "CONSENT";
		step(referral, ReferralState.REQUESTED, basis, "referral.timeline.requested");
		events.publishEvent(new ReferralRequested(referral.id(), referral.caseId(), referral.caseReference(),
				referral.purpose(), referral.fromAgencyId(), agencyType(referral.fromAgencyId()), referral.toAgencyId(),
				to.typeCode(), referral.requestedBy(), now, basis));
		return referral;
	}

	private void checkConsent(ReferralDraft draft) {
		if (draft.basis() == null) {
			// Without recorded consent or a permitted override nobody's case leaves the agency.
			throw new RuleViolationException("consentBasis", "referral.error.consentMissing");
		}
		if (draft.basis() == ConsentBasis.OVERRIDE) {
			if (!holds(Permission.CONSENT_OVERRIDE)) {
				// Only the consent-override permission may refer without consent; the attempt is kept.
				audit.record("referral.consent.overridden", RECORD_TYPE, null, AuditOutcome.DENIED);
				throw new RuleViolationException("consentBasis", "referral.error.overrideNotPermitted");
			}
			if (draft.overrideReason() == null || draft.overrideReason().isBlank()) {
				throw new RuleViolationException("overrideReason", "referral.error.overrideReason");
			}
			if (tooLong(draft.overrideReason(), 1000)) {
				throw new RuleViolationException("overrideReason", "referral.error.tooLong", 1000);
			}
			return;
		}
		if (draft.consentGivenBy() == null) {
			throw new RuleViolationException("consentGivenBy", "referral.error.consentGivenBy");
		}
		LocalDate today = LocalDate.now(clock.withZone(THAILAND));
		if (draft.consentGivenOn() == null || draft.consentGivenOn().isAfter(today)
				|| draft.consentGivenOn().isBefore(today.minusYears(2))) {
			throw new RuleViolationException("consentGivenOn", "referral.error.consentGivenOn");
		}
		if (draft.childViewsHeard() == null) {
			throw new RuleViolationException("childViewsHeard", "referral.error.childViewsHeard");
		}
		if (draft.childViewsHeard() && (draft.childViewsSummary() == null || draft.childViewsSummary().isBlank())) {
			throw new RuleViolationException("childViewsSummary", "referral.error.childViewsSummary");
		}
		if (tooLong(draft.childViewsSummary(), 1000)) {
			throw new RuleViolationException("childViewsSummary", "referral.error.tooLong", 1000);
		}
	}

	// ---------------------------------------------------------------- answering

	/** The receiving agency takes the referral on and joins the case team. */
	@Transactional(noRollbackFor = RuleViolationException.class)
	public void accept(UUID id, long version) {
		Referral referral = forReceiver(id, version, "referral.accepted", ReferralState.REQUESTED);
		Actor actor = actor();
		Instant now = clock.instant();
		referral.accept(actor.userId(), now);
		audit.record("referral.accepted", RECORD_TYPE, referral.id(), AuditOutcome.SUCCESS);
		// The one way in for the receiver: casework admits it to the team; its roles limit what each person sees.
		cases.admit(referral.caseId(), referral.toAgencyId(), TeamAccess.REFERRED);
		step(referral, ReferralState.ACCEPTED, null, "referral.timeline.accepted");
		events.publishEvent(new ReferralAccepted(referral.id(), referral.caseId(), referral.caseReference(),
				referral.purpose(), referral.fromAgencyId(), agencyType(referral.fromAgencyId()), referral.toAgencyId(),
				agencyType(referral.toAgencyId()), referral.requestedBy(), now, null));
	}

	@Transactional(noRollbackFor = RuleViolationException.class)
	public void decline(UUID id, long version, DeclineReason reason, String note) {
		Referral referral = forReceiver(id, version, "referral.declined", ReferralState.REQUESTED);
		if (reason == null) {
			throw new RuleViolationException("reason", "referral.error.declineReason");
		}
		String cleanNote = note(reason == DeclineReason.OTHER, note);
		Instant now = clock.instant();
		referral.decline(actor().userId(), now, reason, cleanNote);
		audit.record("referral.declined", RECORD_TYPE, referral.id(), AuditOutcome.SUCCESS);
		step(referral, ReferralState.DECLINED, reason.name(), "referral.timeline.declined", reason.name());
		events.publishEvent(new ReferralDeclined(referral.id(), referral.caseId(), referral.caseReference(),
				referral.purpose(), referral.fromAgencyId(), agencyType(referral.fromAgencyId()), referral.toAgencyId(),
				agencyType(referral.toAgencyId()), referral.requestedBy(), now, reason.name()));
	}

	@Transactional(noRollbackFor = RuleViolationException.class)
	public void complete(UUID id, long version, ReferralOutcome outcome, String note) {
		Referral referral = forReceiver(id, version, "referral.completed", ReferralState.ACCEPTED);
		if (outcome == null) {
			throw new RuleViolationException("outcome", "referral.error.outcome");
		}
		String cleanNote = note(outcome == ReferralOutcome.OTHER, note);
		Instant now = clock.instant();
		referral.complete(now, outcome, cleanNote);
		audit.record("referral.completed", RECORD_TYPE, referral.id(), AuditOutcome.SUCCESS);
		step(referral, ReferralState.COMPLETED, outcome.name(), "referral.timeline.completed", outcome.name());
		events.publishEvent(new ReferralCompleted(referral.id(), referral.caseId(), referral.caseReference(),
				referral.purpose(), referral.fromAgencyId(), agencyType(referral.fromAgencyId()), referral.toAgencyId(),
				agencyType(referral.toAgencyId()), referral.requestedBy(), now, outcome.name()));
	}

	/** The sending agency calls the referral back. */
	@Transactional(noRollbackFor = RuleViolationException.class)
	public void withdraw(UUID id, long version, WithdrawalReason reason, String note) {
		Referral referral = visibleReferral(id);
		Actor actor = actor();
		if (!holds(Permission.REFERRAL_MANAGE) || !referral.fromAgencyId().equals(actor.agencyId())) {
			// Only the sending agency withdraws; the receiver declines instead.
			audit.record("referral.withdrawn", RECORD_TYPE, referral.id(), AuditOutcome.DENIED);
			throw new RuleViolationException(null, "referral.error.onlySender");
		}
		checkState(referral, version, EnumSet.of(ReferralState.REQUESTED, ReferralState.ACCEPTED));
		if (reason == null) {
			throw new RuleViolationException("reason", "referral.error.withdrawReason");
		}
		String cleanNote = note(reason == WithdrawalReason.OTHER, note);
		Instant now = clock.instant();
		referral.withdraw(now, reason, cleanNote);
		audit.record("referral.withdrawn", RECORD_TYPE, referral.id(), AuditOutcome.SUCCESS);
		step(referral, ReferralState.WITHDRAWN, reason.name(), "referral.timeline.withdrawn", reason.name());
		events.publishEvent(new ReferralWithdrawn(referral.id(), referral.caseId(), referral.caseReference(),
				referral.purpose(), referral.fromAgencyId(), agencyType(referral.fromAgencyId()), referral.toAgencyId(),
				agencyType(referral.toAgencyId()), referral.requestedBy(), now, reason.name()));
	}

	private Referral forReceiver(UUID id, long version, String action, ReferralState from) {
		Referral referral = visibleReferral(id);
		Actor actor = actor();
		if (!holds(Permission.REFERRAL_MANAGE) || !referral.toAgencyId().equals(actor.agencyId())) {
			// Only staff of the receiving agency answer a referral.
			audit.record(action, RECORD_TYPE, referral.id(), AuditOutcome.DENIED);
			throw new RuleViolationException(null, "referral.error.onlyReceiver");
		}
		checkState(referral, version, EnumSet.of(from));
		return referral;
	}

	private static void checkState(Referral referral, long version, Set<ReferralState> allowed) {
		if (!allowed.contains(referral.state())) {
			throw new RuleViolationException(null, "referral.error.state");
		}
		if (referral.version() != version) {
			throw new RuleViolationException(null, "referral.error.changed");
		}
	}

	private static String note(boolean required, String note) {
		if (required && (note == null || note.isBlank())) {
			throw new RuleViolationException("note", "referral.error.note");
		}
		if (tooLong(note, 2000)) {
			throw new RuleViolationException("note", "referral.error.tooLong", 2000);
		}
		return blankToNull(note);
	}

	private void step(Referral referral, ReferralState state, String reasonCode, String timelineKey, String... extra) {
		Actor actor = Actor.current().orElse(null);
		changes.save(new ReferralStatusChange(referral.id(), state, clock.instant(), actor == null ? null : actor.userId(),
				actor == null ? null : actor.agencyId(), reasonCode));
		List<String> arguments = new java.util.ArrayList<>(List.of(referral.purpose().name(), referral.toAgencyId().toString()));
		arguments.addAll(List.of(extra));
		cases.addToTimeline(referral.caseId(), timelineKey, arguments);
	}

	// ---------------------------------------------------------------- overdue

	/**
	 * Publishes {@link ReferralOverdue} for every referral past its deadline without an answer, once per
	 * referral: the conditional update lets only one run (or node) flag each.
	 *
	 * @return how many referrals were flagged now
	 */
	@Transactional
	public int flagOverdue() {
		Instant now = clock.instant();
		int flagged = 0;
		for (UUID id : referrals.overdueUnnotified(now)) {
			if (referrals.markOverdueNotified(id, now) == 0) {
				continue;
			}
			Referral referral = referrals.findById(id).orElseThrow();
			audit.record("referral.overdue", RECORD_TYPE, id, AuditOutcome.SUCCESS);
			cases.addToTimeline(referral.caseId(), "referral.timeline.overdue",
					List.of(referral.purpose().name(), referral.toAgencyId().toString()));
			events.publishEvent(new ReferralOverdue(id, referral.caseId(), referral.caseReference(), referral.purpose(),
					referral.fromAgencyId(), referral.toAgencyId(), referral.requestedBy(), referral.dueAt(), now));
			flagged++;
		}
		return flagged;
	}

	// ---------------------------------------------------------------- reading

	/** A referral of the actor's agency (sent or received), its view audited. */
	@Transactional
	public Referral view(UUID id) {
		Referral referral = visibleReferral(id);
		audit.record("referral.viewed", RECORD_TYPE, referral.id(), AuditOutcome.SUCCESS);
		return referral;
	}

	/** The referral if the actor's agency sent or received it; otherwise "not found". */
	@Transactional(readOnly = true)
	public Referral visibleReferral(UUID id) {
		Actor actor = Actor.current().orElseThrow(ReferralNotFoundException::new);
		if (!holds(Permission.REFERRAL_MANAGE) && !holds(Permission.CASE_VIEW)) {
			throw new ReferralNotFoundException();
		}
		return (id == null ? java.util.Optional.<Referral>empty() : referrals.findById(id))
			.filter(referral -> referral.involves(actor.agencyId()))
			.orElseThrow(ReferralNotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<ReferralStatusChange> history(UUID id) {
		return changes.findByReferralIdOrderByAtAsc(visibleReferral(id).id());
	}

	/** The referrals the actor's agency received and sent, overdue first, then newest first; the list view audited. */
	@Transactional
	public Lists lists(ReferralState state) {
		Actor actor = Actor.current().orElseThrow(ReferralNotFoundException::new);
		Set<ReferralState> states = state == null ? EnumSet.allOf(ReferralState.class) : EnumSet.of(state);
		PageRequest page = PageRequest.of(0, LISTED, Sort.by(Sort.Direction.DESC, "requestedAt"));
		Instant now = clock.instant();
		Comparator<Referral> order = Comparator.comparing((Referral r) -> !r.overdue(now))
			.thenComparing(Referral::requestedAt, Comparator.reverseOrder());
		List<Referral> incoming = referrals.findByToAgencyIdAndStateIn(actor.agencyId(), states, page).stream().sorted(order).toList();
		List<Referral> outgoing = referrals.findByFromAgencyIdAndStateIn(actor.agencyId(), states, page).stream().sorted(order).toList();
		audit.record("referral.list.viewed", RECORD_TYPE, null, AuditOutcome.SUCCESS);
		return new Lists(incoming, outgoing, now);
	}

	/** Incoming and outgoing referrals as of {@code now}. */
	public record Lists(List<Referral> incoming, List<Referral> outgoing, Instant now) {
	}

	/** Referrals of a case, newest first, for the case page (whose view casework has already checked and audited). */
	@Transactional(readOnly = true)
	public List<Referral> ofCase(UUID caseId) {
		return referrals.findByCaseIdOrderByRequestedAtDesc(caseId);
	}

	/**
	 * Active agencies for the picker: those whose type serves the purpose come first (in the purpose's order
	 * of types, the case's province first within each type), then every other active agency; never the
	 * actor's own.
	 */
	@Transactional(readOnly = true)
	public Suggestions suggestions(ReferralPurpose purpose, String provinceCode) {
		UUID own = Actor.current().map(Actor::agencyId).orElse(null);
		List<AgencyView> candidates = agencies.active().stream().filter(agency -> !agency.id().equals(own)).toList();
		if (purpose == null) {
			return new Suggestions(List.of(), candidates);
		}
		List<String> types = purpose.agencyTypes();
		// Agencies with a service point that serves this purpose in the case's province come first, in the
		// directory's order; then agencies of the usual types.
		List<UUID> serving = servicePoints(purpose, provinceCode).stream().map(ServicePointView::agencyId).distinct().toList();
		List<AgencyView> suggested = candidates.stream()
			.filter(agency -> serving.contains(agency.id()) || types.contains(agency.typeCode()))
			.sorted(Comparator.comparingInt((AgencyView agency) -> serving.contains(agency.id()) ? serving.indexOf(agency.id()) : serving.size())
				.thenComparingInt(agency -> types.contains(agency.typeCode()) ? types.indexOf(agency.typeCode()) : types.size())
				.thenComparing(agency -> provinceCode == null || !provinceCode.equals(agency.provinceCode())))
			.toList();
		List<AgencyView> others = candidates.stream().filter(agency -> !suggested.contains(agency)).toList();
		return new Suggestions(suggested, others);
	}

	/** A service point named by a referral, if it still exists in the directory. */
	public java.util.Optional<ServicePointView> servicePoint(UUID id) {
		return servicePoints.find(id);
	}

	/** The picker's two groups. */
	public record Suggestions(List<AgencyView> suggested, List<AgencyView> others) {
	}

	/**
	 * Service points (directory) that serve the purpose in the case's province, in the directory's order
	 * (located there, covering it, national), never the actor's own agency's.
	 */
	@Transactional(readOnly = true)
	public List<ServicePointView> servicePoints(ReferralPurpose purpose, String provinceCode) {
		if (purpose == null) {
			return List.of();
		}
		UUID own = Actor.current().map(Actor::agencyId).orElse(null);
		return servicePoints.serving(provinceCode, purpose.serviceTypes()).stream()
			.filter(point -> !point.agencyId().equals(own))
			.filter(point -> agencies.find(point.agencyId()).filter(AgencyView::active).isPresent())
			.toList();
	}

	public Instant now() {
		return clock.instant();
	}

	// ---------------------------------------------------------------- helpers

	private String agencyType(UUID agencyId) {
		return agencies.find(agencyId).map(AgencyView::typeCode).orElse(null);
	}

	private static Actor actor() {
		return Actor.current().orElseThrow(ReferralNotFoundException::new);
	}

	public static boolean holds(Permission permission) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities().stream()
			.anyMatch(authority -> permission.authority().equals(authority.getAuthority()));
	}

	private static boolean tooLong(String value, int max) {
		return value != null && value.length() > max;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
