package org.kumkrong.casework.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.kumkrong.account.StepUp;
import org.kumkrong.casework.OutcomeType;
import org.kumkrong.casework.internal.CasePage;
import org.kumkrong.casework.internal.CaseViews;
import org.kumkrong.casework.internal.Casework;
import org.kumkrong.casework.internal.ChildIdentity;
import org.kumkrong.casework.internal.Drafts.ChildDraft;
import org.kumkrong.casework.internal.Drafts.IdentifierDraft;
import org.kumkrong.casework.internal.Drafts.IncidentDraft;
import org.kumkrong.casework.internal.Drafts.OutcomeDraft;
import org.kumkrong.casework.internal.Drafts.SuspectDraft;
import org.kumkrong.casework.internal.LegalBasis;
import org.kumkrong.casework.internal.Note;
import org.kumkrong.casework.internal.RecordedOffence;
import org.kumkrong.casework.internal.Suspect;
import org.kumkrong.casework.internal.SuspectIdentifier;
import org.kumkrong.casework.CaseNotFoundException;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.reference.ReferenceData;
import org.kumkrong.reference.ReferenceList;

import org.springframework.security.access.prepost.PreAuthorize;
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
 * The parts of a case: children (and their identity behind a step-up), suspects and their identifiers,
 * incidents, outcomes, notes and tasks. Each form has its own page, so a refused input is shown again with
 * the field's message and nothing typed is lost.
 */
@Controller
@RequestMapping("/cases/{id}")
class CasePartsController {

	private final Casework casework;

	private final CaseViews views;

	private final ReferenceData references;

	private final StepUp stepUp;

	CasePartsController(Casework casework, CaseViews views, ReferenceData references, StepUp stepUp) {
		this.casework = casework;
		this.views = views;
		this.references = references;
		this.stepUp = stepUp;
	}

	// ------------------------------------------------------------------ children

	@GetMapping("/children/new")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String childForm(@PathVariable("id") UUID id, Locale locale, Model model) {
		ChildForm form = new ChildForm();
		form.setIdentityIncluded(true);
		model.addAttribute("form", form);
		return childPage(id, null, locale, model);
	}

	@PostMapping("/children")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String addChild(@PathVariable("id") UUID id, @ModelAttribute("form") ChildForm form, BindingResult binding, Locale locale,
			Model model, RedirectAttributes redirect) {
		form.setIdentityIncluded(true);
		ChildDraft draft = childDraft(form, binding);
		if (!binding.hasErrors()) {
			try {
				var child = casework.addChild(id, draft);
				redirect.addFlashAttribute("notice", "casework.notice.childAdded");
				redirect.addFlashAttribute("noticeArgument", child.code());
				return "redirect:/cases/" + id + "#children";
			}
			catch (RuleViolationException ex) {
				FormSupport.reject(ex, binding);
			}
		}
		return childPage(id, null, locale, model);
	}

	@GetMapping("/children/{childId}")
	@PreAuthorize("hasAuthority('CASE_VIEW')")
	String child(@PathVariable("id") UUID id, @PathVariable("childId") UUID childId, Locale locale, Model model) {
		return childView(id, childId, null, false, locale, model);
	}

	/** Reveals the identity after a step-up (or within its grace period), each reveal audited by casework. */
	@PostMapping("/children/{childId}/reveal")
	@PreAuthorize("hasAuthority('CHILD_IDENTITY_VIEW')")
	String reveal(@PathVariable("id") UUID id, @PathVariable("childId") UUID childId,
			@RequestParam(name = "code", required = false) String code, Locale locale, Model model) {
		if (!stepUp.recentlyConfirmed() && !stepUp.confirm(code, "childIdentity")) {
			return childView(id, childId, null, true, locale, model);
		}
		return childView(id, childId, casework.revealIdentity(id, childId), false, locale, model);
	}

	private String childView(UUID id, UUID childId, ChildIdentity identity, boolean stepUpFailed, Locale locale, Model model) {
		CasePage page = views.page(id, locale);
		CasePage.ChildRow child = page.children().stream().filter(c -> c.id().equals(childId)).findFirst()
			.orElseThrow(CaseNotFoundException::new);
		model.addAttribute("page", page);
		model.addAttribute("h", page.header());
		model.addAttribute("child", child);
		model.addAttribute("identity", identity);
		model.addAttribute("stepUpFailed", stepUpFailed);
		model.addAttribute("stepUpRecent", stepUp.recentlyConfirmed());
		model.addAttribute("otherChildren", page.children().stream()
			.filter(c -> !c.id().equals(childId) && c.mergedIntoCode() == null).toList());
		return "casework/child";
	}

	@PostMapping("/children/{childId}/edit-form")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String editChildForm(@PathVariable("id") UUID id, @PathVariable("childId") UUID childId,
			@RequestParam(name = "code", required = false) String code, Locale locale, Model model) {
		ChildForm form = new ChildForm();
		CasePage page = views.page(id, locale);
		CasePage.ChildRow row = page.children().stream().filter(c -> c.id().equals(childId)).findFirst()
			.orElseThrow(CaseNotFoundException::new);
		form.setVersion(row.version());
		boolean withIdentity = page.rights().identityCleared() && (stepUp.recentlyConfirmed()
				|| (code != null && !code.isBlank() && stepUp.confirm(code, "childIdentity")));
		if (withIdentity) {
			ChildIdentity identity = casework.revealIdentity(id, childId);
			form.setIdentityIncluded(true);
			form.setName(identity.name());
			form.setDateOfBirth(identity.dateOfBirth() == null ? null : identity.dateOfBirth().toString());
			form.setNationalId(identity.nationalId());
			form.setAddress(identity.address());
			form.setSchool(identity.school());
			form.setGuardianContact(identity.guardianContact());
		}
		var stored = casework.childDraft(id, childId);
		form.setAgeBand(stored.ageBand());
		form.setSex(stored.sex());
		form.setProvinceCode(stored.provinceCode());
		form.setNeeds(stored.needs());
		form.setRisks(stored.risks());
		model.addAttribute("form", form);
		return childPage(id, row, locale, model);
	}

	@GetMapping("/children/{childId}/edit")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String editChildFormWithoutIdentity(@PathVariable("id") UUID id, @PathVariable("childId") UUID childId, Locale locale,
			Model model) {
		return editChildForm(id, childId, null, locale, model);
	}

	@PostMapping("/children/{childId}")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String editChild(@PathVariable("id") UUID id, @PathVariable("childId") UUID childId, @ModelAttribute("form") ChildForm form,
			BindingResult binding, Locale locale, Model model, RedirectAttributes redirect) {
		ChildDraft draft = childDraft(form, binding);
		if (!binding.hasErrors()) {
			try {
				casework.updateChild(id, childId, form.getVersion(), draft);
				redirect.addFlashAttribute("notice", "casework.notice.saved");
				return "redirect:/cases/" + id + "/children/" + childId;
			}
			catch (RuleViolationException ex) {
				FormSupport.reject(ex, binding);
			}
		}
		CasePage.ChildRow row = views.page(id, locale).children().stream().filter(c -> c.id().equals(childId)).findFirst()
			.orElseThrow(CaseNotFoundException::new);
		return childPage(id, row, locale, model);
	}

	@PostMapping("/children/{childId}/merge")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String mergeChild(@PathVariable("id") UUID id, @PathVariable("childId") UUID childId,
			@RequestParam(name = "duplicateId", required = false) UUID duplicateId, RedirectAttributes redirect) {
		if (duplicateId == null) {
			throw new RuleViolationException("duplicateId", "casework.error.required");
		}
		casework.mergeChildren(id, childId, duplicateId);
		redirect.addFlashAttribute("notice", "casework.notice.childMerged");
		return "redirect:/cases/" + id + "/children/" + childId;
	}

	private String childPage(UUID id, CasePage.ChildRow child, Locale locale, Model model) {
		CasePage page = views.page(id, locale);
		model.addAttribute("h", page.header());
		model.addAttribute("page", page);
		model.addAttribute("child", child);
		model.addAttribute("ageBands", references.entries(ReferenceList.AGE_BAND));
		model.addAttribute("sexes", references.entries(ReferenceList.SEX));
		model.addAttribute("provinces", references.provinces());
		return "casework/child-form";
	}

	private static ChildDraft childDraft(ChildForm form, BindingResult binding) {
		ChildIdentity identity = null;
		if (form.isIdentityIncluded()) {
			identity = new ChildIdentity(form.getName(), FormSupport.date(form.getDateOfBirth(), binding, "dateOfBirth"),
					form.getNationalId(), form.getAddress(), form.getSchool(), form.getGuardianContact());
		}
		if (form.getAgeBand() == null || form.getAgeBand().isBlank()) {
			binding.rejectValue("ageBand", "casework.error.ageBand");
		}
		if (form.getSex() == null || form.getSex().isBlank()) {
			binding.rejectValue("sex", "casework.error.sex");
		}
		return new ChildDraft(form.getAgeBand(), form.getSex(), form.getProvinceCode(), form.getNeeds(), form.getRisks(), identity);
	}

	// ------------------------------------------------------------------ suspects

	@GetMapping("/suspects/new")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String suspectForm(@PathVariable("id") UUID id, Locale locale, Model model) {
		SuspectForm form = new SuspectForm();
		form.setRelation(Suspect.Relation.UNKNOWN.name());
		form.setArrestStatus(Suspect.ArrestStatus.NOT_ARRESTED.name());
		model.addAttribute("form", form);
		return suspectPage(id, null, locale, model);
	}

	@PostMapping("/suspects")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String addSuspect(@PathVariable("id") UUID id, @ModelAttribute("form") SuspectForm form, BindingResult binding,
			Locale locale, Model model, RedirectAttributes redirect) {
		SuspectDraft draft = suspectDraft(form, binding);
		IdentifierDraft identifier = null;
		if (form.getValue() != null && !form.getValue().isBlank()) {
			identifier = new IdentifierDraft(
					FormSupport.enumValue(form.getKind(), SuspectIdentifier.Kind.class, binding, "kind", true),
					form.getPlatformCode(), form.getValue(), FormSupport.dateTime(form.getObservedAt(), binding, "observedAt"));
		}
		if (!binding.hasErrors()) {
			try {
				UUID suspectId = casework.addSuspectWithIdentifier(id, draft, identifier);
				redirect.addFlashAttribute("notice", "casework.notice.suspectAdded");
				return "redirect:/cases/" + id + "/suspects/" + suspectId + "/edit";
			}
			catch (RuleViolationException ex) {
				FormSupport.reject(ex, binding);
			}
		}
		return suspectPage(id, null, locale, model);
	}

	@GetMapping("/suspects/{suspectId}/edit")
	@PreAuthorize("hasAuthority('CASE_VIEW')")
	String editSuspectForm(@PathVariable("id") UUID id, @PathVariable("suspectId") UUID suspectId, Locale locale, Model model) {
		CasePage.SuspectRow row = suspect(id, suspectId, locale);
		SuspectForm form = new SuspectForm();
		var stored = casework.suspectDraft(id, suspectId);
		form.setLabel(stored.label());
		form.setKnown(stored.known());
		form.setEstimatedAge(stored.estimatedAge());
		form.setRelation(stored.relation().name());
		form.setArrestStatus(stored.arrestStatus().name());
		form.setVersion(row.version());
		model.addAttribute("form", form);
		return suspectPage(id, row, locale, model);
	}

	@PostMapping("/suspects/{suspectId}")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String editSuspect(@PathVariable("id") UUID id, @PathVariable("suspectId") UUID suspectId,
			@ModelAttribute("form") SuspectForm form, BindingResult binding, Locale locale, Model model,
			RedirectAttributes redirect) {
		SuspectDraft draft = suspectDraft(form, binding);
		if (!binding.hasErrors()) {
			try {
				casework.updateSuspect(id, suspectId, form.getVersion(), draft);
				redirect.addFlashAttribute("notice", "casework.notice.saved");
				return "redirect:/cases/" + id + "#suspects";
			}
			catch (RuleViolationException ex) {
				FormSupport.reject(ex, binding);
			}
		}
		return suspectPage(id, suspect(id, suspectId, locale), locale, model);
	}

	@PostMapping("/suspects/{suspectId}/identifiers")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String addIdentifier(@PathVariable("id") UUID id, @PathVariable("suspectId") UUID suspectId,
			@ModelAttribute("identifierForm") IdentifierForm identifierForm, BindingResult binding, Locale locale, Model model,
			RedirectAttributes redirect) {
		SuspectIdentifier.Kind kind = FormSupport.enumValue(identifierForm.getKind(), SuspectIdentifier.Kind.class, binding, "kind", true);
		var observedAt = FormSupport.dateTime(identifierForm.getObservedAt(), binding, "observedAt");
		if (!binding.hasErrors()) {
			try {
				casework.addIdentifier(id, suspectId,
						new IdentifierDraft(kind, identifierForm.getPlatformCode(), identifierForm.getValue(), observedAt));
				redirect.addFlashAttribute("notice", "casework.notice.identifierAdded");
				return "redirect:/cases/" + id + "/suspects/" + suspectId + "/edit";
			}
			catch (RuleViolationException ex) {
				FormSupport.reject(ex, binding);
			}
		}
		CasePage.SuspectRow row = suspect(id, suspectId, locale);
		SuspectForm form = new SuspectForm();
		form.setLabel(row.label());
		form.setKnown(row.known());
		form.setEstimatedAge(row.estimatedAge());
		var stored = casework.suspectDraft(id, suspectId);
		form.setRelation(stored.relation().name());
		form.setArrestStatus(stored.arrestStatus().name());
		form.setVersion(row.version());
		model.addAttribute("form", form);
		return suspectPage(id, row, locale, model);
	}

	@PostMapping("/suspects/{suspectId}/identifiers/{identifierId}/remove")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String removeIdentifier(@PathVariable("id") UUID id, @PathVariable("suspectId") UUID suspectId,
			@PathVariable("identifierId") UUID identifierId, RedirectAttributes redirect) {
		casework.removeIdentifier(id, suspectId, identifierId);
		redirect.addFlashAttribute("notice", "casework.notice.identifierRemoved");
		return "redirect:/cases/" + id + "/suspects/" + suspectId + "/edit";
	}

	private CasePage.SuspectRow suspect(UUID id, UUID suspectId, Locale locale) {
		return views.page(id, locale).suspects().stream().filter(s -> s.id().equals(suspectId)).findFirst()
			.orElseThrow(CaseNotFoundException::new);
	}

	private String suspectPage(UUID id, CasePage.SuspectRow suspect, Locale locale, Model model) {
		CasePage page = views.page(id, locale);
		model.addAttribute("h", page.header());
		model.addAttribute("page", page);
		model.addAttribute("suspect", suspect);
		if (!model.containsAttribute("identifierForm")) {
			model.addAttribute("identifierForm", new IdentifierForm());
		}
		model.addAttribute("relations", Suspect.Relation.values());
		model.addAttribute("arrestStatuses", Suspect.ArrestStatus.values());
		model.addAttribute("kinds", SuspectIdentifier.Kind.values());
		model.addAttribute("platforms", references.entries(ReferenceList.PLATFORM));
		return "casework/suspect-form";
	}

	private static SuspectDraft suspectDraft(SuspectForm form, BindingResult binding) {
		Suspect.Relation relation = FormSupport.enumValue(form.getRelation(), Suspect.Relation.class, binding, "relation", true);
		Suspect.ArrestStatus status = FormSupport.enumValue(form.getArrestStatus(), Suspect.ArrestStatus.class, binding,
				"arrestStatus", true);
		return new SuspectDraft(form.getLabel(), form.isKnown(), form.getEstimatedAge(), relation, status);
	}

	// ------------------------------------------------------------------ incidents

	@GetMapping("/incidents/new")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String incidentForm(@PathVariable("id") UUID id, Locale locale, Model model) {
		IncidentForm form = new IncidentForm();
		form.setProvinceCode(views.page(id, locale).header().provinceCode());
		model.addAttribute("form", form);
		return incidentPage(id, null, locale, model);
	}

	@PostMapping("/incidents")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String addIncident(@PathVariable("id") UUID id, @ModelAttribute("form") IncidentForm form, BindingResult binding,
			Locale locale, Model model, RedirectAttributes redirect) {
		IncidentDraft draft = incidentDraft(form, binding);
		if (!binding.hasErrors()) {
			try {
				casework.addIncident(id, draft);
				redirect.addFlashAttribute("notice", "casework.notice.incidentAdded");
				return "redirect:/cases/" + id + "#incidents";
			}
			catch (RuleViolationException ex) {
				FormSupport.reject(ex, binding);
			}
		}
		return incidentPage(id, null, locale, model);
	}

	@GetMapping("/incidents/{incidentId}/edit")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String editIncidentForm(@PathVariable("id") UUID id, @PathVariable("incidentId") UUID incidentId, Locale locale, Model model) {
		var storedIncident = casework.incidentDraft(id, incidentId);
		var stored = storedIncident.draft();
		IncidentForm form = new IncidentForm();
		form.setOccurredOn(stored.occurredOn() == null ? null : stored.occurredOn().toString());
		form.setProvinceCode(stored.provinceCode());
		form.setDescription(stored.description());
		form.setOffenceCodes(new ArrayList<>(stored.offences().stream().map(RecordedOffence::offenceCode).toList()));
		form.setActivity(stored.offences().stream().map(RecordedOffence::activity).filter(a -> !a.isEmpty()).findFirst().orElse(null));
		form.setFlags(new ArrayList<>(stored.offences().stream().flatMap(o -> o.flags().stream()).distinct().toList()));
		form.setPlatformCodes(new ArrayList<>(stored.platformCodes()));
		form.setChildIds(new ArrayList<>(stored.childIds().stream().map(UUID::toString).toList()));
		form.setSuspectIds(new ArrayList<>(stored.suspectIds().stream().map(UUID::toString).toList()));
		form.setVersion(storedIncident.version());
		model.addAttribute("form", form);
		return incidentPage(id, incidentId, locale, model);
	}

	@PostMapping("/incidents/{incidentId}")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String editIncident(@PathVariable("id") UUID id, @PathVariable("incidentId") UUID incidentId,
			@ModelAttribute("form") IncidentForm form, BindingResult binding, Locale locale, Model model,
			RedirectAttributes redirect) {
		IncidentDraft draft = incidentDraft(form, binding);
		if (!binding.hasErrors()) {
			try {
				casework.updateIncident(id, incidentId, form.getVersion(), draft);
				redirect.addFlashAttribute("notice", "casework.notice.saved");
				return "redirect:/cases/" + id + "#incidents";
			}
			catch (RuleViolationException ex) {
				FormSupport.reject(ex, binding);
			}
		}
		return incidentPage(id, incidentId, locale, model);
	}

	private String incidentPage(UUID id, UUID incidentId, Locale locale, Model model) {
		CasePage page = views.page(id, locale);
		model.addAttribute("h", page.header());
		model.addAttribute("page", page);
		model.addAttribute("incidentId", incidentId);
		model.addAttribute("offences", references.entries(ReferenceList.OFFENCE));
		model.addAttribute("platforms", references.entries(ReferenceList.PLATFORM));
		model.addAttribute("provinces", references.provinces());
		model.addAttribute("activities", references.entries(ReferenceList.OFFENCE).stream()
			.flatMap(e -> e.activities().stream()).distinct().toList());
		model.addAttribute("allFlags", references.entries(ReferenceList.OFFENCE).stream()
			.flatMap(e -> e.flags().stream()).distinct().toList());
		return "casework/incident-form";
	}

	private IncidentDraft incidentDraft(IncidentForm form, BindingResult binding) {
		LocalDate occurredOn = FormSupport.date(form.getOccurredOn(), binding, "occurredOn");
		List<RecordedOffence> offences = new ArrayList<>();
		for (String code : FormSupport.codes(form.getOffenceCodes())) {
			var entry = references.entry(ReferenceList.OFFENCE, code).orElse(null);
			String activity = entry != null && form.getActivity() != null && entry.activities().contains(form.getActivity())
					? form.getActivity() : null;
			List<String> flags = entry == null ? List.of()
					: FormSupport.codes(form.getFlags()).stream().filter(entry.flags()::contains).toList();
			offences.add(new RecordedOffence(code, activity, flags));
		}
		return new IncidentDraft(occurredOn, form.getProvinceCode(), form.getDescription(), offences,
				FormSupport.codes(form.getPlatformCodes()), FormSupport.uuids(form.getChildIds(), binding, "childIds"),
				FormSupport.uuids(form.getSuspectIds(), binding, "suspectIds"));
	}

	// ------------------------------------------------------------------ outcomes

	@GetMapping("/outcomes/new")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String outcomeForm(@PathVariable("id") UUID id, @RequestParam(name = "type", required = false) String type, Locale locale,
			Model model) {
		OutcomeForm form = new OutcomeForm();
		form.setType(type);
		model.addAttribute("form", form);
		return outcomePage(id, locale, model);
	}

	@PostMapping("/outcomes")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String recordOutcome(@PathVariable("id") UUID id, @ModelAttribute("form") OutcomeForm form, BindingResult binding,
			Locale locale, Model model, RedirectAttributes redirect) {
		OutcomeType type = FormSupport.enumValue(form.getType(), OutcomeType.class, binding, "type", true);
		LocalDate occurredOn = FormSupport.date(form.getOccurredOn(), binding, "occurredOn");
		if (occurredOn == null && !binding.hasFieldErrors("occurredOn")) {
			binding.rejectValue("occurredOn", "casework.error.required");
		}
		LegalBasis basis = FormSupport.enumValue(form.getLegalBasis(), LegalBasis.class, binding, "legalBasis", false);
		UUID suspectId = FormSupport.uuid(form.getSuspectId(), binding, "suspectId");
		UUID childId = FormSupport.uuid(form.getChildId(), binding, "childId");
		if (!binding.hasErrors()) {
			try {
				casework.recordOutcome(id, new OutcomeDraft(type, occurredOn, suspectId, childId, basis, form.getDetail()));
				redirect.addFlashAttribute("notice", "casework.notice.outcomeRecorded");
				return "redirect:/cases/" + id + "#outcomes";
			}
			catch (RuleViolationException ex) {
				FormSupport.reject(ex, binding);
			}
		}
		return outcomePage(id, locale, model);
	}

	private String outcomePage(UUID id, Locale locale, Model model) {
		CasePage page = views.page(id, locale);
		model.addAttribute("h", page.header());
		model.addAttribute("page", page);
		model.addAttribute("types", java.util.Arrays.stream(OutcomeType.values()).filter(t -> t != OutcomeType.CASE_CLOSED).toList());
		model.addAttribute("legalBases", LegalBasis.values());
		return "casework/outcome-form";
	}

	// ------------------------------------------------------------------ notes and tasks

	@PostMapping("/notes")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String addNote(@PathVariable("id") UUID id, @ModelAttribute("noteForm") NoteForm form, BindingResult binding, Locale locale,
			Model model, RedirectAttributes redirect) {
		Note.Visibility visibility = FormSupport.enumValue(form.getVisibility(), Note.Visibility.class, binding, "visibility", true);
		if (!binding.hasErrors()) {
			try {
				casework.addNote(id, visibility, form.getBody());
				redirect.addFlashAttribute("notice", "casework.notice.noteAdded");
				return "redirect:/cases/" + id + "#notes";
			}
			catch (RuleViolationException ex) {
				FormSupport.reject(ex, binding);
			}
		}
		CasePage page = views.page(id, locale);
		model.addAttribute("h", page.header());
		model.addAttribute("page", page);
		model.addAttribute("visibilities", Note.Visibility.values());
		return "casework/note-form";
	}

	@PostMapping("/tasks")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String addTask(@PathVariable("id") UUID id, @ModelAttribute("taskForm") TaskForm form, BindingResult binding, Locale locale,
			Model model, RedirectAttributes redirect) {
		UUID assignee = FormSupport.uuid(form.getAssigneeId(), binding, "assigneeId");
		LocalDate dueOn = FormSupport.date(form.getDueOn(), binding, "dueOn");
		List<CaseViews.TeamStaff> staff = views.teamStaff(id, locale);
		if (!binding.hasErrors()) {
			try {
				casework.addTask(id, form.getTitle(), assignee, dueOn,
						assignee != null && staff.stream().anyMatch(s -> s.userId().equals(assignee)));
				redirect.addFlashAttribute("notice", "casework.notice.taskAdded");
				return "redirect:/cases/" + id + "#tasks";
			}
			catch (RuleViolationException ex) {
				FormSupport.reject(ex, binding);
			}
		}
		CasePage page = views.page(id, locale);
		model.addAttribute("h", page.header());
		model.addAttribute("page", page);
		model.addAttribute("teamStaff", staff);
		return "casework/task-form";
	}

	@PostMapping("/tasks/{taskId}")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String completeTask(@PathVariable("id") UUID id, @PathVariable("taskId") UUID taskId,
			@RequestParam(name = "done", defaultValue = "true") boolean done, RedirectAttributes redirect) {
		casework.completeTask(id, taskId, done);
		redirect.addFlashAttribute("notice", done ? "casework.notice.taskDone" : "casework.notice.taskReopened");
		return "redirect:/cases/" + id + "#tasks";
	}
}
