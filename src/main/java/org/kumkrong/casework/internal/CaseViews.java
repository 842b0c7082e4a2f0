package org.kumkrong.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.kumkrong.account.StaffDirectory;
import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.casework.TeamAccess;
import org.kumkrong.directory.Agencies;
import org.kumkrong.reference.ReferenceData;
import org.kumkrong.reference.ReferenceList;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the case page for the current viewer, and audits that they saw it. */
@Service
public class CaseViews {

	private final Casework casework;

	private final CaseRepository cases;

	private final CaseAccess access;

	private final TaskRepository tasks;

	private final OutcomeRepository outcomes;

	private final TimelineRepository timeline;

	private final Agencies agencies;

	private final ReferenceData references;

	private final StaffDirectory staff;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final java.time.Clock clock;

	CaseViews(Casework casework, CaseRepository cases, CaseAccess access, TaskRepository tasks, OutcomeRepository outcomes,
			TimelineRepository timeline, Agencies agencies, ReferenceData references, StaffDirectory staff,
			MessageSource messages, AuditTrail audit, java.time.Clock clock) {
		this.casework = casework;
		this.cases = cases;
		this.access = access;
		this.tasks = tasks;
		this.outcomes = outcomes;
		this.timeline = timeline;
		this.agencies = agencies;
		this.references = references;
		this.staff = staff;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The case page, audited as {@code casework.case.viewed}. Built once per web request: a form page that
	 * needs the case twice (to find a row, then to render) reads it and records the view once.
	 */
	@Transactional
	public CasePage page(UUID caseId, Locale locale) {
		var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
		String key = "kumkrong.casePage." + caseId + "." + locale;
		if (request != null && request.getAttribute(key, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST)
				instanceof CasePage built) {
			return built;
		}
		CasePage page = build(caseId, locale);
		if (request != null) {
			request.setAttribute(key, page, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
		}
		return page;
	}

	private CasePage build(UUID caseId, Locale locale) {
		CaseFile kase = casework.visible(caseId);
		audit.record("casework.case.viewed", "casework_case", kase.id(), AuditOutcome.SUCCESS);
		UUID agencyId = access.agencyId();
		boolean cleared = access.identityCleared();
		List<CaseTask> taskList = tasks.findByCaseIdOrderByDoneAtAscDueOnAscCreatedAtAsc(kase.id());
		List<Outcome> outcomeList = outcomes.findByCaseIdOrderByOccurredOnAscRecordedAtAsc(kase.id());
		List<TimelineEntry> lines = timeline.findByCaseIdOrderByAtDescIdAsc(kase.id());
		List<Note> notes = kase.notes().stream().filter(note -> note.readableBy(agencyId, cleared)).toList();

		Set<UUID> people = new HashSet<>();
		if (kase.openedBy() != null) {
			people.add(kase.openedBy());
		}
		notes.forEach(note -> people.add(note.authorId()));
		taskList.forEach(task -> { if (task.assigneeId() != null) people.add(task.assigneeId()); });
		outcomeList.forEach(outcome -> people.add(outcome.recordedBy()));
		lines.forEach(line -> { if (line.actorId() != null) people.add(line.actorId()); });
		Map<UUID, String> names = staff.displayNames(people);

		Map<UUID, String> childCodes = new HashMap<>();
		kase.children().forEach(child -> childCodes.put(child.id(), child.code()));
		Map<UUID, String> suspectLabels = new HashMap<>();
		kase.suspects().forEach(suspect -> suspectLabels.put(suspect.id(), suspect.label()));

		LocalDate today = LocalDate.now(clock.withZone(Casework.THAILAND));
		String mergedIntoReference = kase.mergedInto() == null ? null
				: cases.findById(kase.mergedInto()).map(CaseFile::reference).orElse(null);
		var header = new CasePage.Header(kase.id(), kase.reference(), kase.title(), kase.summary(),
				label("casework.CaseStatus." + kase.status().name(), locale), kase.status().name(),
				kase.statusReason() == null ? null : code(kase.statusReason(), locale),
				label("casework.CasePriority." + kase.priority().name(), locale), kase.priority().name(),
				agency(kase.ownerAgencyId(), locale), province(kase.provinceCode(), locale), kase.provinceCode(),
				kase.openedAt(), kase.openedBy() == null ? null : names.get(kase.openedBy()), kase.closedAt(),
				mergedIntoReference, kase.mergedInto(),
				kase.transferToAgencyId() == null ? null : agency(kase.transferToAgencyId(), locale), kase.transferReason(),
				kase.version());

		List<CasePage.TeamRow> team = kase.team().stream()
			.map(member -> new CasePage.TeamRow(member.agencyId(), agency(member.agencyId(), locale),
					agencies.find(member.agencyId()).map(a -> references.label(ReferenceList.AGENCY_TYPE, a.typeCode(), locale)).orElse(""),
					label("casework.TeamAccess." + member.access().name(), locale), member.joinedAt(),
					member.access() == TeamAccess.OWNER))
			.toList();
		List<CasePage.ReportRow> reports = kase.reports().stream()
			.map(report -> new CasePage.ReportRow(report.reportId(), report.reportReference(), report.linkedAt()))
			.sorted(java.util.Comparator.comparing(CasePage.ReportRow::linkedAt))
			.toList();
		List<CasePage.ChildRow> children = kase.children().stream()
			.map(child -> new CasePage.ChildRow(child.id(), child.code(), ref(ReferenceList.AGE_BAND, child.ageBand(), locale),
					ref(ReferenceList.SEX, child.sex(), locale), province(child.provinceCode(), locale), child.needs(), child.risks(),
					child.hasIdentity(), child.mergedInto() == null ? null : childCodes.get(child.mergedInto()), child.version()))
			.toList();
		List<CasePage.SuspectRow> suspects = kase.suspects().stream()
			.map(suspect -> new CasePage.SuspectRow(suspect.id(), suspect.label(), suspect.known(), suspect.estimatedAge(),
					label("casework.Relation." + suspect.relation().name(), locale),
					label("casework.ArrestStatus." + suspect.arrestStatus().name(), locale), suspect.arrestStatus().name(),
					suspect.identifiers().stream()
						.map(identifier -> new CasePage.IdentifierRow(identifier.id(),
								label("casework.Kind." + identifier.kind().name(), locale), identifier.kind().name(),
								identifier.platformCode() == null ? null : ref(ReferenceList.PLATFORM, identifier.platformCode(), locale),
								identifier.identifier(), identifier.observedAt()))
						.toList(),
					suspect.version()))
			.toList();
		List<CasePage.IncidentRow> incidents = kase.incidents().stream()
			.map(incident -> new CasePage.IncidentRow(incident.id(), incident.occurredOn(), province(incident.provinceCode(), locale),
					incident.description(),
					incident.offences().stream().map(offence -> new CasePage.OffenceRow(offence.offenceCode(),
							ref(ReferenceList.OFFENCE, offence.offenceCode(), locale), offence.activity(),
							String.join(", ", offence.flags()))).toList(),
					incident.platformCodes().stream().map(code -> ref(ReferenceList.PLATFORM, code, locale)).toList(),
					incident.childIds().stream().map(id -> childCodes.getOrDefault(id, "?")).sorted().toList(),
					incident.suspectIds().stream().map(id -> suspectLabels.getOrDefault(id, "?")).sorted().toList(),
					incident.reportIds().size(), incident.version()))
			.toList();
		List<CasePage.NoteRow> noteRows = notes.stream()
			.map(note -> new CasePage.NoteRow(note.id(), names.getOrDefault(note.authorId(), ""), agency(note.agencyId(), locale),
					label("casework.Visibility." + note.visibility().name(), locale), note.visibility().name(), note.body(),
					note.createdAt()))
			.toList();
		List<CasePage.TaskRow> taskRows = taskList.stream()
			.map(task -> new CasePage.TaskRow(task.id(), task.title(),
					task.assigneeId() == null ? null : names.getOrDefault(task.assigneeId(), ""), task.dueOn(), task.doneAt(),
					task.overdue(today)))
			.toList();
		List<CasePage.OutcomeRow> outcomeRows = outcomeList.stream()
			.map(outcome -> new CasePage.OutcomeRow(outcome.id(), label("casework.OutcomeType." + outcome.type().name(), locale),
					outcome.type().name(), outcome.occurredOn(),
					outcome.suspectId() == null ? null : suspectLabels.get(outcome.suspectId()),
					outcome.childId() == null ? null : childCodes.get(outcome.childId()),
					outcome.legalBasis() == null ? null : label("casework.legalBasis." + outcome.legalBasis(), locale),
					outcome.detail(), agency(outcome.agencyId(), locale), names.getOrDefault(outcome.recordedBy(), "")))
			.toList();
		List<CasePage.TimelineRow> timelineRows = lines.stream()
			.map(line -> new CasePage.TimelineRow(line.at(), timelineText(line, locale),
					line.actorId() == null ? null : names.get(line.actorId()),
					line.agencyId() == null ? null : agency(line.agencyId(), locale)))
			.toList();
		var rights = new CasePage.Rights(access.mayEdit(kase) && !kase.status().closed(), access.mayEdit(kase), access.mayManage(kase),
				access.mayView(kase) && CaseAccess.holds(org.kumkrong.platform.Permission.CASE_MANAGE) && !kase.status().closed(), cleared,
				kase.status().closed());
		return new CasePage(kase.summaryView(), header, team, reports, children, suspects, incidents, noteRows, taskRows,
				outcomeRows, timelineRows, rights);
	}

	/**
	 * A timeline line in the reader's language. Arguments that are agency ids become agency names, and codes
	 * with a label under {@code <module>.code.<CODE>} (the module being the key's first part) become labels.
	 */
	public String timelineText(TimelineEntry line, Locale locale) {
		String module = line.messageKey().contains(".") ? line.messageKey().substring(0, line.messageKey().indexOf('.')) : "casework";
		Object[] arguments = line.arguments().stream().map(argument -> (Object) argument(argument, module, locale)).toArray();
		return messages.getMessage(line.messageKey(), arguments, line.messageKey(), locale);
	}

	private String argument(String argument, String module, Locale locale) {
		if (argument == null || argument.isEmpty()) {
			return "";
		}
		if (argument.length() == 36) {
			try {
				UUID id = UUID.fromString(argument);
				String name = agencies.name(id, locale);
				return name == null ? argument : name;
			}
			catch (IllegalArgumentException ex) {
				// not an id
			}
		}
		if (argument.matches("[A-Z0-9_]+")) {
			String label = messages.getMessage(module + ".code." + argument, null, null, locale);
			if (label == null && !"casework".equals(module)) {
				label = messages.getMessage("casework.code." + argument, null, null, locale);
			}
			if (label != null) {
				return label;
			}
		}
		return argument;
	}

	/** The case's header only (reference, title, status …), for pages about one aspect of it; not audited. */
	@Transactional(readOnly = true)
	public CasePage.Header header(UUID caseId, Locale locale) {
		CaseFile kase = casework.visible(caseId);
		return new CasePage.Header(kase.id(), kase.reference(), kase.title(), kase.summary(),
				label("casework.CaseStatus." + kase.status().name(), locale), kase.status().name(), kase.statusReason(),
				label("casework.CasePriority." + kase.priority().name(), locale), kase.priority().name(),
				agency(kase.ownerAgencyId(), locale), province(kase.provinceCode(), locale), kase.provinceCode(), kase.openedAt(),
				null, kase.closedAt(), null, kase.mergedInto(), null, null, kase.version());
	}

	/** Agencies of the team and their staff, for the task assignee picker. */
	@Transactional(readOnly = true)
	public List<TeamStaff> teamStaff(UUID caseId, Locale locale) {
		CaseFile kase = casework.visible(caseId);
		List<TeamStaff> result = new ArrayList<>();
		for (TeamMember member : kase.team()) {
			staff.activeStaff(member.agencyId(), java.util.EnumSet.allOf(org.kumkrong.account.Role.class))
				.forEach(contact -> result.add(new TeamStaff(contact.userId(), contact.displayName(), agency(member.agencyId(), locale))));
		}
		return result;
	}

	public record TeamStaff(UUID userId, String name, String agency) {
	}

	String code(String code, Locale locale) {
		String label = messages.getMessage("casework.code." + code, null, null, locale);
		return label == null ? code : label;
	}

	String label(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	String agency(UUID id, Locale locale) {
		String name = id == null ? null : agencies.name(id, locale);
		return name == null ? "" : name;
	}

	String province(String code, Locale locale) {
		return code == null ? null : references.provinceName(code, locale);
	}

	String ref(ReferenceList list, String code, Locale locale) {
		return code == null ? null : references.label(list, code, locale);
	}

}
