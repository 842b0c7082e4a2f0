package org.kumkrong.coordination.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.coordination.ActionCompleted;
import org.kumkrong.coordination.ActionOverdue;
import org.kumkrong.coordination.ActionStatus;
import org.kumkrong.coordination.WorkingGroup;
import org.kumkrong.directory.Agencies;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.NotFoundException;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.reference.ReferenceData;
import org.kumkrong.reference.ReferenceList;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working group's records and rules: objectives, priority actions and their progress, meetings and their
 * decisions, the law-reform tracker, and the daily overdue check. Every change is audited in its transaction;
 * events are published inside it (the outbox delivers them after commit).
 */
@Service
public class WorkingGroupDesk implements WorkingGroup {

	public static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

	static final String ACTION = "coordination_action";

	static final String MEETING = "coordination_meeting";

	static final String REFORM = "coordination_reform";

	/** Stages of a bill or amendment, in order. */
	public enum ReformStage { IDEA, DRAFTING, CABINET, PARLIAMENT, ENACTED, IN_FORCE }

	public record Objective(String code, String titleEn, String titleTh) {

		public String title(Locale locale) {
			return locale != null && "th".equals(locale.getLanguage()) ? titleTh : titleEn;
		}

	}

	public record Action(UUID id, String title, String description, String objectiveCode, UUID ownerAgencyId,
			String leadName, LocalDate dueOn, ActionStatus status, UUID decisionId, UUID meetingId,
			Instant overdueNotifiedAt, Instant completedAt, Instant createdAt, long version) {

		/** Open and past its due date on {@code today} (in Thailand). */
		public boolean overdue(LocalDate today) {
			return status.open() && dueOn.isBefore(today);
		}

	}

	public record ProgressNote(UUID id, LocalDate notedOn, ActionStatus status, String note, UUID authorId,
			Instant recordedAt) {
	}

	public record Meeting(UUID id, String title, LocalDate heldOn, String place, String agenda, String minutes,
			List<UUID> agencyIds) {
	}

	public record Decision(UUID id, UUID meetingId, int position, String text) {
	}

	public record Reform(UUID id, String titleEn, String titleTh, ReformStage stage, LocalDate stageSince,
			LocalDate enactedOn, LocalDate inForceOn, String notes, String offenceCodes) {

		public String title(Locale locale) {
			return locale != null && "th".equals(locale.getLanguage()) ? titleTh : titleEn;
		}

		public List<String> offences() {
			return offenceCodes == null || offenceCodes.isBlank() ? List.of() : List.of(offenceCodes.strip().split("\\s+"));
		}

	}

	/** What a new or changed action holds, already parsed. */
	public record ActionDraft(String title, String description, String objectiveCode, UUID ownerAgencyId,
			String leadName, LocalDate dueOn, UUID decisionId) {
	}

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final ReferenceData references;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WorkingGroupDesk(JdbcClient jdbc, Agencies agencies, ReferenceData references, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.references = references;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(THAILAND));
	}

	// ---------------------------------------------------------------- objectives

	@Transactional(readOnly = true)
	public List<Objective> objectives() {
		return jdbc.sql("select code, title_en, title_th from coordination_objective order by sort_order")
			.query((rs, n) -> new Objective(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	// ---------------------------------------------------------------- actions

	@Transactional(readOnly = true)
	public List<Action> actions() {
		return jdbc.sql(ACTION_SELECT + " order by a.due_on, a.created_at").query(WorkingGroupDesk::action).list();
	}

	@Transactional(readOnly = true)
	public Optional<Action> action(UUID id) {
		return jdbc.sql(ACTION_SELECT + " where a.id = ?").param(id).query(WorkingGroupDesk::action).optional();
	}

	public Action requireAction(UUID id) {
		return action(id).orElseThrow(() -> new NotFoundException(ACTION));
	}

	@Transactional(readOnly = true)
	public List<Action> actionsOfMeeting(UUID meetingId) {
		return jdbc.sql(ACTION_SELECT + " where d.meeting_id = ? order by d.position, a.created_at")
			.param(meetingId)
			.query(WorkingGroupDesk::action)
			.list();
	}

	@Transactional(readOnly = true)
	public List<ProgressNote> notes(UUID actionId) {
		return jdbc.sql("select * from coordination_progress_note where action_id = ? order by recorded_at desc")
			.param(actionId)
			.query((rs, n) -> new ProgressNote(rs.getObject("id", UUID.class), rs.getDate("noted_on").toLocalDate(),
					ActionStatus.valueOf(rs.getString("status")), rs.getString("note"), rs.getObject("author_id", UUID.class),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	/**
	 * Records a new priority action (status PLANNED), audited as {@code coordination.action.created}.
	 *
	 * @throws RuleViolationException naming the first invalid field
	 */
	@Transactional
	public UUID createAction(ActionDraft draft) {
		check(draft);
		if (draft.decisionId() != null && decision(draft.decisionId()).isEmpty()) {
			throw new RuleViolationException("decisionId", "coordination.error.decision");
		}
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into coordination_action (id, title, description, objective_code, owner_agency_id, lead_name,
				  due_on, status, decision_id, created_by, created_at, updated_at, version)
				values (?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?, ?, ?, 0)
				""")
			.params(id, draft.title().strip(), blankToNull(draft.description()), draft.objectiveCode(),
					draft.ownerAgencyId(), blankToNull(draft.leadName()), Date.valueOf(draft.dueOn()), draft.decisionId(),
					Actor.current().map(Actor::userId).orElse(null), now, now)
			.update();
		audit.record("coordination.action.created", ACTION, id, AuditOutcome.SUCCESS);
		return id;
	}

	/**
	 * Changes what an action is (title, objective, owner, lead, due date). A later due date makes an overdue
	 * action due again, so it is flagged anew if it passes that date too.
	 */
	@Transactional
	public void updateAction(UUID id, ActionDraft draft, long expectedVersion) {
		Action action = requireAction(id);
		if (action.version() != expectedVersion) {
			throw new RuleViolationException(null, "coordination.error.stale");
		}
		check(draft);
		boolean dueAgain = !draft.dueOn().isBefore(today()) && action.overdueNotifiedAt() != null;
		jdbc.sql("""
				update coordination_action set title = ?, description = ?, objective_code = ?, owner_agency_id = ?,
				  lead_name = ?, due_on = ?, overdue_notified_at = ?, updated_at = ?, version = version + 1 where id = ?
				""")
			.params(draft.title().strip(), blankToNull(draft.description()), draft.objectiveCode(), draft.ownerAgencyId(),
					blankToNull(draft.leadName()), Date.valueOf(draft.dueOn()),
					dueAgain ? null : timestamp(action.overdueNotifiedAt()), Timestamp.from(clock.instant()), id)
			.update();
		audit.record("coordination.action.updated", ACTION, id, AuditOutcome.SUCCESS);
	}

	/**
	 * Adds a dated progress note and sets the action's status; DONE publishes {@link ActionCompleted}.
	 * Audited as {@code coordination.action.progress}.
	 */
	@Transactional
	public void recordProgress(UUID actionId, ActionStatus status, String note, LocalDate notedOn) {
		Action action = requireAction(actionId);
		if (status == null) {
			throw new RuleViolationException("status", "coordination.error.status");
		}
		if (note == null || note.isBlank()) {
			throw new RuleViolationException("note", "coordination.error.note");
		}
		if (note.strip().length() > 2000) {
			throw new RuleViolationException("note", "coordination.error.tooLong");
		}
		LocalDate on = notedOn == null ? today() : notedOn;
		if (on.isAfter(today())) {
			throw new RuleViolationException("notedOn", "coordination.error.future");
		}
		Instant now = clock.instant();
		jdbc.sql("insert into coordination_progress_note (id, action_id, noted_on, status, note, author_id, recorded_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), actionId, Date.valueOf(on), status.name(), note.strip(),
					Actor.current().map(Actor::userId).orElse(null), Timestamp.from(now))
			.update();
		boolean completes = status == ActionStatus.DONE && action.status() != ActionStatus.DONE;
		jdbc.sql("update coordination_action set status = ?, completed_at = ?, updated_at = ?, version = version + 1 where id = ?")
			.params(status.name(), status == ActionStatus.DONE ? Timestamp.from(action.completedAt() == null ? now
					: action.completedAt()) : null, Timestamp.from(now), actionId)
			.update();
		audit.record("coordination.action.progress", ACTION, actionId, AuditOutcome.SUCCESS);
		if (completes) {
			events.publishEvent(new ActionCompleted(actionId, action.ownerAgencyId(), action.objectiveCode(), now));
		}
	}

	@Override
	@Transactional
	public int flagOverdueActions() {
		LocalDate today = today();
		Instant now = clock.instant();
		List<Action> overdue = jdbc.sql(ACTION_SELECT + " where a.status in ('PLANNED', 'IN_PROGRESS', 'BLOCKED') "
				+ "and a.due_on < ? and a.overdue_notified_at is null")
			.param(Date.valueOf(today))
			.query(WorkingGroupDesk::action)
			.list();
		for (Action action : overdue) {
			int changed = jdbc.sql("update coordination_action set overdue_notified_at = ? where id = ? and overdue_notified_at is null")
				.params(Timestamp.from(now), action.id())
				.update();
			// Another node may have flagged it in between: publish only for the row this run changed.
			if (changed == 1) {
				events.publishEvent(new ActionOverdue(action.id(), action.ownerAgencyId(), action.objectiveCode(), now));
			}
		}
		return overdue.size();
	}

	private void check(ActionDraft draft) {
		required("title", draft.title(), 200);
		optional("description", draft.description(), 4000);
		if (draft.objectiveCode() == null
				|| objectives().stream().noneMatch(objective -> objective.code().equals(draft.objectiveCode()))) {
			throw new RuleViolationException("objectiveCode", "coordination.error.objective");
		}
		if (draft.ownerAgencyId() == null || agencies.find(draft.ownerAgencyId()).isEmpty()) {
			throw new RuleViolationException("ownerAgencyId", "coordination.error.owner");
		}
		optional("leadName", draft.leadName(), 200);
		if (draft.dueOn() == null) {
			throw new RuleViolationException("dueOn", "coordination.error.dueOn");
		}
	}

	// ---------------------------------------------------------------- meetings and decisions

	@Transactional(readOnly = true)
	public List<Meeting> meetings() {
		Map<UUID, List<UUID>> participants = new LinkedHashMap<>();
		jdbc.sql("select meeting_id, agency_id from coordination_meeting_agency")
			.query((rs, n) -> participants.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
				.add(rs.getObject(2, UUID.class)))
			.list();
		return jdbc.sql("select * from coordination_meeting order by held_on desc, created_at desc")
			.query((rs, n) -> new Meeting(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getDate("held_on").toLocalDate(), rs.getString("place"), rs.getString("agenda"), rs.getString("minutes"),
					List.copyOf(participants.getOrDefault(rs.getObject("id", UUID.class), List.of()))))
			.list();
	}

	public Meeting requireMeeting(UUID id) {
		return meetings().stream().filter(meeting -> meeting.id().equals(id)).findFirst()
			.orElseThrow(() -> new NotFoundException(MEETING));
	}

	/** Records a meeting (past or planned), audited as {@code coordination.meeting.created}. */
	@Transactional
	public UUID createMeeting(String title, LocalDate heldOn, String place, Collection<UUID> agencyIds, String agenda,
			String minutes) {
		required("title", title, 200);
		if (heldOn == null) {
			throw new RuleViolationException("heldOn", "coordination.error.heldOn");
		}
		optional("place", place, 200);
		optional("agenda", agenda, 4000);
		optional("minutes", minutes, 8000);
		for (UUID agency : agencyIds) {
			if (agencies.find(agency).isEmpty()) {
				throw new RuleViolationException("agencyIds", "coordination.error.owner");
			}
		}
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("insert into coordination_meeting (id, title, held_on, place, agenda, minutes, created_by, created_at, updated_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, title.strip(), Date.valueOf(heldOn), blankToNull(place), blankToNull(agenda), blankToNull(minutes),
					Actor.current().map(Actor::userId).orElse(null), now, now)
			.update();
		for (UUID agency : new java.util.LinkedHashSet<>(agencyIds)) {
			jdbc.sql("insert into coordination_meeting_agency (meeting_id, agency_id) values (?, ?)").params(id, agency).update();
		}
		audit.record("coordination.meeting.created", MEETING, id, AuditOutcome.SUCCESS);
		return id;
	}

	@Transactional(readOnly = true)
	public List<Decision> decisions(UUID meetingId) {
		return jdbc.sql("select * from coordination_decision where meeting_id = ? order by position")
			.param(meetingId)
			.query((rs, n) -> new Decision(rs.getObject("id", UUID.class), meetingId, rs.getInt("position"), rs.getString("text")))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Decision> decision(UUID id) {
		return jdbc.sql("select * from coordination_decision where id = ?")
			.param(id)
			.query((rs, n) -> new Decision(id, rs.getObject("meeting_id", UUID.class), rs.getInt("position"), rs.getString("text")))
			.optional();
	}

	/** Adds a decision to a meeting, audited as {@code coordination.decision.recorded}. */
	@Transactional
	public UUID recordDecision(UUID meetingId, String text) {
		requireMeeting(meetingId);
		required("text", text, 2000);
		int position = jdbc.sql("select coalesce(max(position), 0) + 1 from coordination_decision where meeting_id = ?")
			.param(meetingId)
			.query(Integer.class)
			.single();
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into coordination_decision (id, meeting_id, position, text, recorded_at) values (?, ?, ?, ?, ?)")
			.params(id, meetingId, position, text.strip(), Timestamp.from(clock.instant()))
			.update();
		audit.record("coordination.decision.recorded", MEETING, meetingId, AuditOutcome.SUCCESS);
		return id;
	}

	// ---------------------------------------------------------------- law reform

	@Transactional(readOnly = true)
	public List<Reform> reforms() {
		return jdbc.sql("select * from coordination_reform order by sort_order, title_en").query(WorkingGroupDesk::reform).list();
	}

	public Reform requireReform(UUID id) {
		return reforms().stream().filter(reform -> reform.id().equals(id)).findFirst()
			.orElseThrow(() -> new NotFoundException(REFORM));
	}

	/** Moves a reform to a stage and keeps its dates and notes, audited as {@code coordination.reform.updated}. */
	@Transactional
	public void updateReform(UUID id, ReformStage stage, LocalDate stageSince, LocalDate enactedOn, LocalDate inForceOn,
			String notes, String offenceCodes) {
		requireReform(id);
		if (stage == null) {
			throw new RuleViolationException("stage", "coordination.error.stage");
		}
		optional("notes", notes, 4000);
		String offences = checkOffences(offenceCodes);
		jdbc.sql("update coordination_reform set stage = ?, stage_since = ?, enacted_on = ?, in_force_on = ?, notes = ?, "
				+ "offence_codes = ?, updated_at = ? where id = ?")
			.params(stage.name(), date(stageSince), date(enactedOn), date(inForceOn), blankToNull(notes), offences,
					Timestamp.from(clock.instant()), id)
			.update();
		audit.record("coordination.reform.updated", REFORM, id, AuditOutcome.SUCCESS);
	}

	/** Adds a bill or amendment to the tracker, audited as {@code coordination.reform.created}. */
	@Transactional
	public UUID createReform(String titleEn, String titleTh, ReformStage stage, LocalDate stageSince, String notes,
			String offenceCodes) {
		required("titleTh", titleTh, 300);
		required("titleEn", titleEn, 300);
		if (stage == null) {
			throw new RuleViolationException("stage", "coordination.error.stage");
		}
		optional("notes", notes, 4000);
		String offences = checkOffences(offenceCodes);
		int order = jdbc.sql("select coalesce(max(sort_order), 0) + 10 from coordination_reform").query(Integer.class).single();
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into coordination_reform (id, title_en, title_th, stage, stage_since, notes, offence_codes, sort_order, updated_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, titleEn.strip(), titleTh.strip(), stage.name(), date(stageSince), blankToNull(notes), offences, order,
					Timestamp.from(clock.instant()))
			.update();
		audit.record("coordination.reform.created", REFORM, id, AuditOutcome.SUCCESS);
		return id;
	}

	private String checkOffences(String offenceCodes) {
		if (offenceCodes == null || offenceCodes.isBlank()) {
			return null;
		}
		List<String> codes = List.of(offenceCodes.strip().split("[\\s,;]+"));
		for (String code : codes) {
			if (references.entry(ReferenceList.OFFENCE, code).isEmpty()) {
				throw new RuleViolationException("offenceCodes", "coordination.error.offence");
			}
		}
		return String.join(" ", codes);
	}

	// ---------------------------------------------------------------- rows

	private static final String ACTION_SELECT = """
			select a.*, d.meeting_id from coordination_action a
			left join coordination_decision d on d.id = a.decision_id
			""";

	private static Action action(ResultSet rs, int n) throws SQLException {
		Timestamp notified = rs.getTimestamp("overdue_notified_at");
		Timestamp completed = rs.getTimestamp("completed_at");
		return new Action(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
				rs.getString("objective_code"), rs.getObject("owner_agency_id", UUID.class), rs.getString("lead_name"),
				rs.getDate("due_on").toLocalDate(), ActionStatus.valueOf(rs.getString("status")),
				rs.getObject("decision_id", UUID.class), rs.getObject("meeting_id", UUID.class),
				notified == null ? null : notified.toInstant(), completed == null ? null : completed.toInstant(),
				rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
	}

	private static Reform reform(ResultSet rs, int n) throws SQLException {
		return new Reform(rs.getObject("id", UUID.class), rs.getString("title_en"), rs.getString("title_th"),
				ReformStage.valueOf(rs.getString("stage")), local(rs.getDate("stage_since")), local(rs.getDate("enacted_on")),
				local(rs.getDate("in_force_on")), rs.getString("notes"), rs.getString("offence_codes"));
	}

	private static LocalDate local(Date date) {
		return date == null ? null : date.toLocalDate();
	}

	private static Date date(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static void required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new RuleViolationException(field, "coordination.error.required");
		}
		optional(field, value, max);
	}

	private static void optional(String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			throw new RuleViolationException(field, "coordination.error.tooLong");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
