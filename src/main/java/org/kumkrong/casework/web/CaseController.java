package org.kumkrong.casework.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.kumkrong.casework.CasePriority;
import org.kumkrong.casework.CaseSection;
import org.kumkrong.casework.CaseStatus;
import org.kumkrong.casework.internal.CaseFile;
import org.kumkrong.casework.internal.CasePage;
import org.kumkrong.casework.internal.CaseViews;
import org.kumkrong.casework.internal.Casework;
import org.kumkrong.casework.internal.CloseReason;
import org.kumkrong.casework.internal.Drafts.CaseDraft;
import org.kumkrong.casework.internal.Note;
import org.kumkrong.casework.internal.ReopenReason;
import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.reference.ReferenceData;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page and the case's own course: opening, describing, status, closing and reopening, team,
 * transfer and merge. A case outside the viewer's team is "not found" on every route.
 */
@Controller
@RequestMapping("/cases")
class CaseController {

	private final Casework casework;

	private final CaseViews views;

	private final List<CaseSection> sections;

	private final ReferenceData references;

	private final Agencies agencies;

	private final org.kumkrong.casework.internal.CaseHistory history;

	private final org.kumkrong.intake.ReportsForCases reports;

	CaseController(Casework casework, CaseViews views, List<CaseSection> sections, ReferenceData references, Agencies agencies,
			org.kumkrong.casework.internal.CaseHistory history, org.kumkrong.intake.ReportsForCases reports) {
		this.history = history;
		this.reports = reports;
		this.casework = casework;
		this.views = views;
		this.sections = sections.stream().sorted(Comparator.comparingInt(CaseSection::order)).toList();
		this.references = references;
		this.agencies = agencies;
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('CASE_OPEN')")
	String openForm(Model model) {
		CaseForm form = new CaseForm();
		form.setPriority(CasePriority.NORMAL.name());
		model.addAttribute("form", form);
		return caseForm(null, model);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('CASE_OPEN')")
	String open(@ModelAttribute("form") CaseForm form, BindingResult binding, Model model) {
		CaseDraft draft = draft(form, binding);
		if (!binding.hasErrors()) {
			try {
				CaseFile kase = casework.open(draft);
				return "redirect:/cases/" + kase.id();
			}
			catch (RuleViolationException ex) {
				FormSupport.reject(ex, binding);
			}
		}
		return caseForm(null, model);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('CASE_VIEW')")
	String page(@PathVariable("id") UUID id, Locale locale, Model model) {
		CasePage page = views.page(id, locale);
		model.addAttribute("page", page);
		model.addAttribute("h", page.header());
		Actor actor = Actor.current().orElseThrow();
		List<Map.Entry<String, Map<String, Object>>> rendered = new ArrayList<>();
		List<Map.Entry<String, String>> contents = new ArrayList<>();
		for (CaseSection section : sections) {
			Map<String, Object> sectionModel = section.model(page.summary(), actor, locale);
			if (!sectionModel.isEmpty()) {
				rendered.add(Map.entry(section.fragment(), sectionModel));
				if (section.anchor() != null && section.headingKey() != null) {
					contents.add(Map.entry(section.anchor(), section.headingKey()));
				}
			}
		}
		model.addAttribute("sections", rendered);
		model.addAttribute("sectionContents", contents);
		model.addAttribute("stages", List.of(CaseStatus.OPEN, CaseStatus.INVESTIGATION, CaseStatus.PROSECUTION, CaseStatus.TRIAL));
		model.addAttribute("noteForm", new NoteForm());
		model.addAttribute("visibilities", Note.Visibility.values());
		if (page.rights().edit()) {
			model.addAttribute("teamStaff", views.teamStaff(id, locale));
		}
		model.addAttribute("taskForm", new TaskForm());
		return "casework/case";
	}

	/** A report that joined the case, as the case team reads it (never the reporter's contact). */
	@GetMapping("/{id}/reports/{reportId}")
	@PreAuthorize("hasAuthority('CASE_VIEW')")
	String report(@PathVariable("id") UUID id, @PathVariable("reportId") UUID reportId, Locale locale, Model model) {
		if (!casework.hasReport(id, reportId)) {
			throw new org.kumkrong.casework.CaseNotFoundException();
		}
		model.addAttribute("h", views.header(id, locale));
		model.addAttribute("report", reports.read(reportId).orElseThrow(org.kumkrong.casework.CaseNotFoundException::new));
		model.addAttribute("mayEdit", views.page(id, locale).rights().edit());
		return "casework/report";
	}

	/**
	 * Adds a person the report names as a suspect of the case, with the identifiers the report gives for
	 * them (those that are well formed; the page says how many were left out).
	 */
	@PostMapping("/{id}/reports/{reportId}/people/{index}/adopt")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String adopt(@PathVariable("id") UUID id, @PathVariable("reportId") UUID reportId, @PathVariable("index") int index,
			RedirectAttributes redirect) {
		if (!casework.hasReport(id, reportId)) {
			throw new org.kumkrong.casework.CaseNotFoundException();
		}
		var report = reports.read(reportId).orElseThrow(org.kumkrong.casework.CaseNotFoundException::new);
		if (index < 0 || index >= report.reportedPeople().size()) {
			throw new org.kumkrong.casework.CaseNotFoundException();
		}
		var adopted = casework.adoptSuspect(id, report.reference(), report.reportedPeople().get(index),
				report.platformCodes().isEmpty() ? null : report.platformCodes().get(0));
		redirect.addFlashAttribute("notice", adopted.skipped() == 0 ? "casework.notice.adopted" : "casework.notice.adoptedSome");
		redirect.addFlashAttribute("noticeArgument", adopted.skipped());
		return "redirect:/cases/" + id + "/suspects/" + adopted.suspectId() + "/edit";
	}

	@GetMapping("/{id}/history")
	@PreAuthorize("hasAuthority('CASE_VIEW')")
	String history(@PathVariable("id") UUID id, Locale locale, Model model) {
		model.addAttribute("entries", history.history(id, locale));
		model.addAttribute("h", views.header(id, locale));
		return "casework/history";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String editForm(@PathVariable("id") UUID id, Locale locale, Model model) {
		CasePage.Header h = views.page(id, locale).header();
		CaseForm form = new CaseForm();
		form.setTitle(h.title());
		form.setSummary(h.summary());
		form.setPriority(h.priorityCode());
		form.setProvinceCode(h.provinceCode());
		form.setVersion(h.version());
		model.addAttribute("form", form);
		return caseForm(h, model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('CASE_EDIT')")
	String edit(@PathVariable("id") UUID id, @ModelAttribute("form") CaseForm form, BindingResult binding, Locale locale,
			Model model, RedirectAttributes redirect) {
		CaseDraft draft = draft(form, binding);
		if (!binding.hasErrors()) {
			try {
				casework.describe(id, form.getVersion(), draft);
				redirect.addFlashAttribute("notice", "casework.notice.saved");
				return "redirect:/cases/" + id;
			}
			catch (RuleViolationException ex) {
				FormSupport.reject(ex, binding);
			}
		}
		return caseForm(views.page(id, locale).header(), model);
	}

	private String caseForm(CasePage.Header kase, Model model) {
		model.addAttribute("kase", kase);
		model.addAttribute("priorities", CasePriority.values());
		model.addAttribute("provinces", references.provinces());
		return "casework/case-form";
	}

	private static CaseDraft draft(CaseForm form, BindingResult binding) {
		CasePriority priority = FormSupport.enumValue(form.getPriority(), CasePriority.class, binding, "priority", true);
		return new CaseDraft(form.getTitle(), form.getSummary(), priority, blankToNull(form.getProvinceCode()));
	}

	// ------------------------------------------------------------------ managing the case's course

	@GetMapping("/{id}/manage")
	@PreAuthorize("hasAuthority('CASE_MANAGE')")
	String manage(@PathVariable("id") UUID id, Locale locale, Model model) {
		CasePage page = views.page(id, locale);
		ManageForm form = new ManageForm();
		form.setVersion(page.header().version());
		form.setStatus(page.header().statusCode());
		model.addAttribute("form", form);
		return managePage(page, null, locale, model);
	}

	@PostMapping("/{id}/status")
	@PreAuthorize("hasAuthority('CASE_MANAGE')")
	String status(@PathVariable("id") UUID id, @ModelAttribute("form") ManageForm form, BindingResult binding, Locale locale,
			Model model, RedirectAttributes redirect) {
		CaseStatus status = FormSupport.enumValue(form.getStatus(), CaseStatus.class, binding, "status", true);
		return act(id, form, binding, "status", locale, model, redirect, () -> casework.changeStatus(id, form.getVersion(), status));
	}

	@PostMapping("/{id}/close")
	@PreAuthorize("hasAuthority('CASE_MANAGE')")
	String close(@PathVariable("id") UUID id, @ModelAttribute("form") ManageForm form, BindingResult binding, Locale locale,
			Model model, RedirectAttributes redirect) {
		CloseReason reason = FormSupport.enumValue(form.getReason(), CloseReason.class, binding, "reason", true);
		return act(id, form, binding, "close", locale, model, redirect, () -> casework.close(id, form.getVersion(), reason));
	}

	@PostMapping("/{id}/reopen")
	@PreAuthorize("hasAuthority('CASE_MANAGE')")
	String reopen(@PathVariable("id") UUID id, @ModelAttribute("form") ManageForm form, BindingResult binding, Locale locale,
			Model model, RedirectAttributes redirect) {
		ReopenReason reason = FormSupport.enumValue(form.getReason(), ReopenReason.class, binding, "reason", true);
		return act(id, form, binding, "reopen", locale, model, redirect, () -> casework.reopen(id, form.getVersion(), reason));
	}

	@PostMapping("/{id}/team")
	@PreAuthorize("hasAuthority('CASE_MANAGE')")
	String addToTeam(@PathVariable("id") UUID id, @ModelAttribute("form") ManageForm form, BindingResult binding, Locale locale,
			Model model, RedirectAttributes redirect) {
		UUID agencyId = FormSupport.uuid(form.getAgencyId(), binding, "agencyId");
		if (agencyId == null && !binding.hasErrors()) {
			binding.rejectValue("agencyId", "casework.error.agency");
		}
		return act(id, form, binding, "team", locale, model, redirect, () -> casework.addToTeam(id, form.getVersion(), agencyId));
	}

	@PostMapping("/{id}/team/remove")
	@PreAuthorize("hasAuthority('CASE_MANAGE')")
	String removeFromTeam(@PathVariable("id") UUID id, @ModelAttribute("form") ManageForm form, BindingResult binding,
			Locale locale, Model model, RedirectAttributes redirect) {
		UUID agencyId = FormSupport.uuid(form.getAgencyId(), binding, "agencyId");
		return act(id, form, binding, "teamRemove", locale, model, redirect,
				() -> casework.removeFromTeam(id, form.getVersion(), agencyId));
	}

	@PostMapping("/{id}/transfer")
	@PreAuthorize("hasAuthority('CASE_MANAGE')")
	String transfer(@PathVariable("id") UUID id, @ModelAttribute("form") ManageForm form, BindingResult binding, Locale locale,
			Model model, RedirectAttributes redirect) {
		UUID agencyId = FormSupport.uuid(form.getAgencyId(), binding, "agencyId");
		return act(id, form, binding, "transfer", locale, model, redirect,
				() -> casework.requestTransfer(id, form.getVersion(), agencyId, form.getTransferReason()));
	}

	@PostMapping("/{id}/transfer/cancel")
	@PreAuthorize("hasAuthority('CASE_MANAGE')")
	String cancelTransfer(@PathVariable("id") UUID id, @ModelAttribute("form") ManageForm form, BindingResult binding,
			Locale locale, Model model, RedirectAttributes redirect) {
		return act(id, form, binding, "transfer", locale, model, redirect, () -> casework.cancelTransfer(id, form.getVersion()));
	}

	@PostMapping("/{id}/merge")
	@PreAuthorize("hasAuthority('CASE_MANAGE')")
	String merge(@PathVariable("id") UUID id, @ModelAttribute("form") ManageForm form, BindingResult binding, Locale locale,
			Model model, RedirectAttributes redirect) {
		return act(id, form, binding, "merge", locale, model, redirect, () -> casework.merge(id, form.getVersion(), form.getTarget()));
	}

	private String act(UUID id, ManageForm form, BindingResult binding, String which, Locale locale, Model model,
			RedirectAttributes redirect, Runnable action) {
		if (!binding.hasErrors()) {
			try {
				action.run();
				redirect.addFlashAttribute("notice", "casework.notice." + which);
				return "redirect:/cases/" + id;
			}
			catch (RuleViolationException ex) {
				FormSupport.reject(ex, binding);
			}
		}
		return managePage(views.page(id, locale), which, locale, model);
	}

	private String managePage(CasePage page, String failed, Locale locale, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("h", page.header());
		model.addAttribute("failed", failed);
		model.addAttribute("statuses", List.of(CaseStatus.OPEN, CaseStatus.INVESTIGATION, CaseStatus.PROSECUTION, CaseStatus.TRIAL));
		model.addAttribute("closeReasons", CloseReason.values());
		model.addAttribute("reopenReasons", ReopenReason.values());
		Collator collator = Collator.getInstance(locale);
		model.addAttribute("agencies", agencies.active().stream()
			.sorted(Comparator.comparing((AgencyView agency) -> agency.name(locale), collator))
			.map(agency -> Map.entry(agency.id(), agency.name(locale)))
			.toList());
		return "casework/manage";
	}

	// ------------------------------------------------------------------ transfers offered to the actor's agency

	@GetMapping("/transfers")
	@PreAuthorize("hasAuthority('CASE_MANAGE')")
	String transfers(Locale locale, Model model) {
		model.addAttribute("offers", casework.transfersOffered().stream()
			.map(kase -> new TransferOffer(kase.id(), kase.reference(), kase.title(), agencies.name(kase.ownerAgencyId(), locale),
					kase.transferReason(), kase.updatedAt()))
			.toList());
		return "casework/transfers";
	}

	@PostMapping("/transfers/{id}/accept")
	@PreAuthorize("hasAuthority('CASE_MANAGE')")
	String acceptTransfer(@PathVariable("id") UUID id, RedirectAttributes redirect) {
		casework.answerTransfer(id, true);
		redirect.addFlashAttribute("notice", "casework.notice.transferAccepted");
		return "redirect:/cases/" + id;
	}

	@PostMapping("/transfers/{id}/decline")
	@PreAuthorize("hasAuthority('CASE_MANAGE')")
	String declineTransfer(@PathVariable("id") UUID id, RedirectAttributes redirect) {
		casework.answerTransfer(id, false);
		redirect.addFlashAttribute("notice", "casework.notice.transferDeclined");
		return "redirect:/cases/transfers";
	}

	record TransferOffer(UUID id, String reference, String title, String fromAgency, String reason, java.time.Instant at) {
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
