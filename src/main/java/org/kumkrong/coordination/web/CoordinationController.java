package org.kumkrong.coordination.web;

import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.kumkrong.coordination.ActionStatus;
import org.kumkrong.coordination.internal.WorkingGroupDesk;
import org.kumkrong.coordination.internal.WorkingGroupDesk.Action;
import org.kumkrong.coordination.internal.WorkingGroupDesk.ActionDraft;
import org.kumkrong.coordination.internal.WorkingGroupDesk.Decision;
import org.kumkrong.coordination.internal.WorkingGroupDesk.Meeting;
import org.kumkrong.coordination.internal.WorkingGroupDesk.ReformStage;
import org.kumkrong.directory.Agencies;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.NotFoundException;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.reference.ReferenceData;
import org.kumkrong.reference.ReferenceList;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The working group's pages ({@code /coordination}). COORDINATION_VIEW sees everything; COORDINATION_MANAGE
 * records meetings, decisions and actions and keeps the law-reform tracker. Staff of an action's owner agency
 * may open that action (the overdue notice links to it) and record its progress; to anyone else without
 * COORDINATION_VIEW it answers 404.
 */
@Controller
@RequestMapping("/coordination")
class CoordinationController {

	static final String SIGNED_IN = "hasAuthority('" + org.kumkrong.platform.Authorities.SIGNED_IN + "')";

	static final List<String> ACTION_FIELDS = List.of("title", "description", "objectiveCode", "ownerAgencyId",
			"leadName", "dueOn");

	static final List<String> MEETING_FIELDS = List.of("title", "heldOn", "place", "agencyIds", "agenda", "minutes");

	/** The statistics each objective is meant to move: indicator codes of the statistics dashboard. */
	/**
	 * The statistics each objective is meant to move: indicator slugs of the statistics dashboard
	 * ({@code /statistics/dashboard?indicator=…}).
	 */
	static final Map<String, List<String>> INDICATORS = Map.of(
			"LAW_ENFORCEMENT", List.of("cases-opened", "arrests", "charges", "convictions", "staff-trained"),
			"ACCESS_TO_PROTECTION", List.of("reports-received", "children-supported", "support-services-completed",
					"days-report-to-case"),
			"COORDINATED_SYSTEMS", List.of("referrals-made", "referrals-accepted", "referrals-overdue",
					"referral-response-hours"));

	private final WorkingGroupDesk desk;

	private final Agencies agencies;

	private final ReferenceData references;

	private final ActionRows rows;

	CoordinationController(WorkingGroupDesk desk, Agencies agencies, ReferenceData references, ActionRows rows) {
		this.desk = desk;
		this.agencies = agencies;
		this.references = references;
		this.rows = rows;
	}

	// ---------------------------------------------------------------- dashboard

	@GetMapping
	@PreAuthorize("hasAuthority('COORDINATION_VIEW')")
	String dashboard(Locale locale, Model model) {
		LocalDate today = desk.today();
		List<Action> actions = desk.actions();
		Map<String, Long> byStatus = new LinkedHashMap<>();
		for (ActionStatus status : ActionStatus.values()) {
			byStatus.put(status.name(), actions.stream().filter(a -> a.status() == status).count());
		}
		Map<UUID, long[]> owners = new LinkedHashMap<>();
		for (Action action : actions) {
			long[] counts = owners.computeIfAbsent(action.ownerAgencyId(), key -> new long[3]);
			counts[0]++;
			if (action.status().open()) {
				counts[1]++;
			}
			if (action.overdue(today)) {
				counts[2]++;
			}
		}
		model.addAttribute("byStatus", byStatus);
		model.addAttribute("byOwner", owners.entrySet().stream()
			.map(entry -> new OwnerRow(agencies.name(entry.getKey(), locale), entry.getValue()[0], entry.getValue()[1],
					entry.getValue()[2]))
			.sorted(Comparator.comparing(OwnerRow::agency, collator(locale)))
			.toList());
		model.addAttribute("overdue", actions.stream().filter(a -> a.overdue(today)).map(a -> rows.row(a, today, locale)).toList());
		model.addAttribute("nextMeetings", desk.meetings().stream()
			.filter(meeting -> !meeting.heldOn().isBefore(today))
			.sorted(Comparator.comparing(Meeting::heldOn))
			.limit(5)
			.toList());
		model.addAttribute("objectives", desk.objectives().stream()
			.map(objective -> new ObjectiveRow(objective.code(), objective.title(locale),
					actions.stream().filter(a -> a.objectiveCode().equals(objective.code()) && a.status().open()).count(),
					actions.stream().filter(a -> a.objectiveCode().equals(objective.code()) && a.status() == ActionStatus.DONE).count(),
					INDICATORS.getOrDefault(objective.code(), List.of())))
			.toList());
		model.addAttribute("mayManage", holds(Permission.COORDINATION_MANAGE));
		return "coordination/dashboard";
	}

	// ---------------------------------------------------------------- actions

	@GetMapping("/actions")
	@PreAuthorize("hasAuthority('COORDINATION_VIEW')")
	String actions(@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "objective", required = false) String objective,
			@RequestParam(name = "overdue", required = false) String overdue, Locale locale, Model model) {
		LocalDate today = desk.today();
		ActionStatus chosen = parse(ActionStatus.class, status);
		model.addAttribute("rows", desk.actions().stream()
			.filter(a -> chosen == null || a.status() == chosen)
			.filter(a -> objective == null || objective.isBlank() || a.objectiveCode().equals(objective))
			.filter(a -> !"true".equals(overdue) || a.overdue(today))
			.map(a -> rows.row(a, today, locale))
			.toList());
		model.addAttribute("status", chosen == null ? "" : chosen.name());
		model.addAttribute("objective", objective == null ? "" : objective);
		model.addAttribute("overdueOnly", "true".equals(overdue));
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("objectives", desk.objectives());
		model.addAttribute("mayManage", holds(Permission.COORDINATION_MANAGE));
		return "coordination/actions";
	}

	@GetMapping("/actions/new")
	@PreAuthorize("hasAuthority('COORDINATION_MANAGE')")
	String newAction(@RequestParam(name = "decision", required = false) UUID decisionId, Locale locale, Model model) {
		var form = new ActionForm();
		if (decisionId != null) {
			Decision decision = desk.decision(decisionId).orElseThrow(() -> new NotFoundException("coordination_decision"));
			form.setDecisionId(decision.id().toString());
			form.setTitle(decision.text().length() > 200 ? decision.text().substring(0, 200) : decision.text());
		}
		model.addAttribute("form", form);
		return actionForm(null, locale, model);
	}

	@PostMapping("/actions")
	@PreAuthorize("hasAuthority('COORDINATION_MANAGE')")
	String createAction(@ModelAttribute("form") ActionForm form, BindingResult binding, Locale locale, Model model,
			RedirectAttributes redirect) {
		ActionDraft draft = draft(form, binding);
		if (!binding.hasErrors()) {
			try {
				UUID id = desk.createAction(draft);
				redirect.addFlashAttribute("notice", "coordination.notice.actionCreated");
				return "redirect:/coordination/actions/" + id;
			}
			catch (RuleViolationException ex) {
				reject(binding, ex, ACTION_FIELDS);
			}
		}
		return actionForm(null, locale, model);
	}

	@GetMapping("/actions/{id}")
	@PreAuthorize(SIGNED_IN)
	String action(@PathVariable("id") UUID id, Locale locale, Model model) {
		Action action = visible(id);
		LocalDate today = desk.today();
		model.addAttribute("action", rows.row(action, today, locale));
		model.addAttribute("description", action.description());
		model.addAttribute("notes", desk.notes(id));
		model.addAttribute("decision", action.decisionId() == null ? null : desk.decision(action.decisionId()).orElse(null));
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("mayManage", holds(Permission.COORDINATION_MANAGE));
		model.addAttribute("mayRecord", mayRecord(action));
		model.addAttribute("mayView", holds(Permission.COORDINATION_VIEW));
		model.addAttribute("today", today.toString());
		return "coordination/action";
	}

	@GetMapping("/actions/{id}/edit")
	@PreAuthorize("hasAuthority('COORDINATION_MANAGE')")
	String editAction(@PathVariable("id") UUID id, Locale locale, Model model) {
		Action action = desk.requireAction(id);
		var form = new ActionForm();
		form.setTitle(action.title());
		form.setDescription(action.description());
		form.setObjectiveCode(action.objectiveCode());
		form.setOwnerAgencyId(action.ownerAgencyId().toString());
		form.setLeadName(action.leadName());
		form.setDueOn(action.dueOn().toString());
		form.setVersion(Long.toString(action.version()));
		model.addAttribute("form", form);
		return actionForm(action, locale, model);
	}

	@PostMapping("/actions/{id}")
	@PreAuthorize("hasAuthority('COORDINATION_MANAGE')")
	String updateAction(@PathVariable("id") UUID id, @ModelAttribute("form") ActionForm form, BindingResult binding,
			Locale locale, Model model, RedirectAttributes redirect) {
		Action action = desk.requireAction(id);
		ActionDraft draft = draft(form, binding);
		if (!binding.hasErrors()) {
			try {
				long version = form.getVersion() == null ? -1 : Long.parseLong(form.getVersion());
				desk.updateAction(id, draft, version);
				redirect.addFlashAttribute("notice", "coordination.notice.saved");
				return "redirect:/coordination/actions/" + id;
			}
			catch (NumberFormatException ex) {
				binding.reject("coordination.error.stale");
			}
			catch (RuleViolationException ex) {
				reject(binding, ex, ACTION_FIELDS);
			}
		}
		return actionForm(action, locale, model);
	}

	@PostMapping("/actions/{id}/progress")
	@PreAuthorize(SIGNED_IN)
	String progress(@PathVariable("id") UUID id, @RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "note", required = false) String note,
			@RequestParam(name = "notedOn", required = false) String notedOn, Locale locale, Model model,
			RedirectAttributes redirect) {
		Action action = visible(id);
		if (!mayRecord(action)) {
			throw new NotFoundException("coordination_action");
		}
		try {
			LocalDate on = notedOn == null || notedOn.isBlank() ? null : LocalDate.parse(notedOn.strip());
			desk.recordProgress(id, parse(ActionStatus.class, status), note, on);
		}
		catch (DateTimeParseException ex) {
			model.addAttribute("progressError", new RuleViolationException("notedOn", "coordination.error.date"));
			return action(id, locale, model);
		}
		catch (RuleViolationException ex) {
			model.addAttribute("progressError", ex);
			model.addAttribute("draftNote", note);
			return action(id, locale, model);
		}
		redirect.addFlashAttribute("notice", "coordination.notice.progress");
		return "redirect:/coordination/actions/" + id;
	}

	private String actionForm(Action action, Locale locale, Model model) {
		model.addAttribute("editing", action);
		model.addAttribute("objectives", desk.objectives());
		model.addAttribute("agencies", agencies.active().stream()
			.map(agency -> new Option(agency.id().toString(), agency.name(locale)))
			.sorted(Comparator.comparing(Option::label, collator(locale)))
			.toList());
		model.addAttribute("fields", ACTION_FIELDS);
		ActionForm form = (ActionForm) model.getAttribute("form");
		UUID decisionId = form == null ? null : uuid(form.getDecisionId());
		model.addAttribute("fromDecision", decisionId == null ? null : desk.decision(decisionId).orElse(null));
		return "coordination/action-form";
	}

	private static ActionDraft draft(ActionForm form, BindingResult binding) {
		LocalDate due = null;
		if (form.getDueOn() != null && !form.getDueOn().isBlank()) {
			try {
				due = LocalDate.parse(form.getDueOn().strip());
			}
			catch (DateTimeParseException ex) {
				binding.rejectValue("dueOn", "coordination.error.date");
			}
		}
		return new ActionDraft(form.getTitle(), form.getDescription(), blankToNull(form.getObjectiveCode()),
				uuid(form.getOwnerAgencyId()), form.getLeadName(), due, uuid(form.getDecisionId()));
	}

	/** The action if the actor may see it (COORDINATION_VIEW, or staff of its owner agency); otherwise 404. */
	private Action visible(UUID id) {
		Action action = desk.action(id).orElseThrow(() -> new NotFoundException("coordination_action"));
		if (holds(Permission.COORDINATION_VIEW) || ownAgency(action)) {
			return action;
		}
		throw new NotFoundException("coordination_action");
	}

	private static boolean mayRecord(Action action) {
		return holds(Permission.COORDINATION_MANAGE) || ownAgency(action);
	}

	private static boolean ownAgency(Action action) {
		return Actor.current().map(Actor::agencyId).map(action.ownerAgencyId()::equals).orElse(false);
	}

	// ---------------------------------------------------------------- meetings

	@GetMapping("/meetings")
	@PreAuthorize("hasAuthority('COORDINATION_VIEW')")
	String meetings(Model model) {
		model.addAttribute("meetings", desk.meetings());
		model.addAttribute("today", desk.today());
		model.addAttribute("mayManage", holds(Permission.COORDINATION_MANAGE));
		return "coordination/meetings";
	}

	@GetMapping("/meetings/new")
	@PreAuthorize("hasAuthority('COORDINATION_MANAGE')")
	String newMeeting(Locale locale, Model model) {
		var form = new MeetingForm();
		form.setHeldOn(desk.today().toString());
		model.addAttribute("form", form);
		return meetingForm(locale, model);
	}

	@PostMapping("/meetings")
	@PreAuthorize("hasAuthority('COORDINATION_MANAGE')")
	String createMeeting(@ModelAttribute("form") MeetingForm form, BindingResult binding, Locale locale, Model model,
			RedirectAttributes redirect) {
		LocalDate heldOn = null;
		try {
			heldOn = form.getHeldOn() == null || form.getHeldOn().isBlank() ? null : LocalDate.parse(form.getHeldOn().strip());
		}
		catch (DateTimeParseException ex) {
			binding.rejectValue("heldOn", "coordination.error.date");
		}
		List<UUID> participants = new ArrayList<>();
		for (String value : form.getAgencyIds()) {
			UUID agency = uuid(value);
			if (agency == null) {
				binding.rejectValue("agencyIds", "coordination.error.owner");
				break;
			}
			participants.add(agency);
		}
		if (!binding.hasErrors()) {
			try {
				UUID id = desk.createMeeting(form.getTitle(), heldOn, form.getPlace(), participants, form.getAgenda(),
						form.getMinutes());
				redirect.addFlashAttribute("notice", "coordination.notice.meetingCreated");
				return "redirect:/coordination/meetings/" + id;
			}
			catch (RuleViolationException ex) {
				reject(binding, ex, MEETING_FIELDS);
			}
		}
		return meetingForm(locale, model);
	}

	private String meetingForm(Locale locale, Model model) {
		model.addAttribute("agencies", agencies.active().stream()
			.map(agency -> new Option(agency.id().toString(), agency.name(locale)))
			.sorted(Comparator.comparing(Option::label, collator(locale)))
			.toList());
		model.addAttribute("fields", MEETING_FIELDS);
		return "coordination/meeting-form";
	}

	@GetMapping("/meetings/{id}")
	@PreAuthorize("hasAuthority('COORDINATION_VIEW')")
	String meeting(@PathVariable("id") UUID id, Locale locale, Model model) {
		Meeting meeting = desk.requireMeeting(id);
		LocalDate today = desk.today();
		List<Action> actions = desk.actionsOfMeeting(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("participants", meeting.agencyIds().stream().map(agency -> agencies.name(agency, locale))
			.filter(Objects::nonNull).sorted(collator(locale)).toList());
		model.addAttribute("decisions", desk.decisions(id).stream()
			.map(decision -> new DecisionRow(decision.id(), decision.position(), decision.text(), actions.stream()
				.filter(action -> decision.id().equals(action.decisionId()))
				.map(action -> rows.row(action, today, locale))
				.toList()))
			.toList());
		model.addAttribute("mayManage", holds(Permission.COORDINATION_MANAGE));
		return "coordination/meeting";
	}

	@PostMapping("/meetings/{id}/decisions")
	@PreAuthorize("hasAuthority('COORDINATION_MANAGE')")
	String decide(@PathVariable("id") UUID id, @RequestParam(name = "text", required = false) String text, Locale locale,
			Model model, RedirectAttributes redirect) {
		try {
			desk.recordDecision(id, text);
		}
		catch (RuleViolationException ex) {
			model.addAttribute("decisionError", ex);
			model.addAttribute("draftDecision", text);
			return meeting(id, locale, model);
		}
		redirect.addFlashAttribute("notice", "coordination.notice.decisionRecorded");
		return "redirect:/coordination/meetings/" + id;
	}

	// ---------------------------------------------------------------- law reform

	@GetMapping("/reforms")
	@PreAuthorize("hasAuthority('COORDINATION_VIEW')")
	String reforms(Locale locale, Model model) {
		model.addAttribute("reforms", desk.reforms().stream()
			.map(reform -> new ReformRow(reform.id(), reform.title(locale), reform.stage().name(), reform.stageSince(),
					reform.enactedOn(), reform.inForceOn(), reform.notes(), reform.offences().stream()
						.map(code -> references.label(ReferenceList.OFFENCE, code, locale)).toList()))
			.toList());
		model.addAttribute("stages", ReformStage.values());
		model.addAttribute("mayManage", holds(Permission.COORDINATION_MANAGE));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ReformForm());
		}
		return "coordination/reforms";
	}

	@PostMapping("/reforms")
	@PreAuthorize("hasAuthority('COORDINATION_MANAGE')")
	String createReform(@ModelAttribute("form") ReformForm form, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			desk.createReform(form.getTitleEn(), form.getTitleTh(), parse(ReformStage.class, form.getStage()),
					date(form.getStageSince(), "stageSince"), form.getNotes(), form.getOffenceCodes());
		}
		catch (RuleViolationException ex) {
			model.addAttribute("reformError", ex);
			return reforms(locale, model);
		}
		redirect.addFlashAttribute("notice", "coordination.notice.reformCreated");
		return "redirect:/coordination/reforms";
	}

	@GetMapping("/reforms/{id}/edit")
	@PreAuthorize("hasAuthority('COORDINATION_MANAGE')")
	String editReform(@PathVariable("id") UUID id, Locale locale, Model model) {
		var reform = desk.requireReform(id);
		var form = new ReformForm();
		form.setStage(reform.stage().name());
		form.setStageSince(reform.stageSince() == null ? "" : reform.stageSince().toString());
		form.setEnactedOn(reform.enactedOn() == null ? "" : reform.enactedOn().toString());
		form.setInForceOn(reform.inForceOn() == null ? "" : reform.inForceOn().toString());
		form.setNotes(reform.notes());
		form.setOffenceCodes(reform.offenceCodes());
		model.addAttribute("form", form);
		model.addAttribute("reformTitle", reform.title(locale));
		model.addAttribute("reformId", id);
		model.addAttribute("stages", ReformStage.values());
		return "coordination/reform-form";
	}

	@PostMapping("/reforms/{id}")
	@PreAuthorize("hasAuthority('COORDINATION_MANAGE')")
	String updateReform(@PathVariable("id") UUID id, @ModelAttribute("form") ReformForm form, Locale locale, Model model,
			RedirectAttributes redirect) {
		var reform = desk.requireReform(id);
		try {
			desk.updateReform(id, parse(ReformStage.class, form.getStage()), date(form.getStageSince(), "stageSince"),
					date(form.getEnactedOn(), "enactedOn"), date(form.getInForceOn(), "inForceOn"), form.getNotes(),
					form.getOffenceCodes());
		}
		catch (RuleViolationException ex) {
			model.addAttribute("reformError", ex);
			model.addAttribute("reformTitle", reform.title(locale));
			model.addAttribute("reformId", id);
			model.addAttribute("stages", ReformStage.values());
			return "coordination/reform-form";
		}
		redirect.addFlashAttribute("notice", "coordination.notice.saved");
		return "redirect:/coordination/reforms";
	}

	// ---------------------------------------------------------------- helpers

	record OwnerRow(String agency, long total, long open, long overdue) {
	}

	record ObjectiveRow(String code, String title, long open, long done, List<String> indicators) {
	}

	record DecisionRow(UUID id, int position, String text, List<ActionRows.ActionRow> actions) {
	}

	record ReformRow(UUID id, String title, String stage, LocalDate stageSince, LocalDate enactedOn, LocalDate inForceOn,
			String notes, List<String> offences) {
	}

	record Option(String value, String label) {
	}

	private static void reject(BindingResult binding, RuleViolationException ex, List<String> fields) {
		if (ex.field() != null && fields.contains(ex.field())) {
			binding.rejectValue(ex.field(), ex.messageKey());
		}
		else {
			binding.reject(ex.messageKey());
		}
	}

	private static LocalDate date(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolationException(field, "coordination.error.date");
		}
	}

	static Comparator<String> collator(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return (a, b) -> collator.compare(Objects.toString(a, ""), Objects.toString(b, ""));
	}

	static boolean holds(Permission permission) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(permission.authority()::equals);
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value.strip())).findFirst().orElse(null);
	}

	private static UUID uuid(String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
