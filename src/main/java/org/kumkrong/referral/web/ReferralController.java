package org.kumkrong.referral.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.kumkrong.casework.CaseSummary;
import org.kumkrong.casework.Cases;
import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.reference.ReferenceData;
import org.kumkrong.reference.ReferenceList;
import org.kumkrong.referral.ReferralPurpose;
import org.kumkrong.referral.ReferralState;
import org.kumkrong.referral.internal.ConsentGiver;
import org.kumkrong.referral.internal.DeclineReason;
import org.kumkrong.referral.internal.Referral;
import org.kumkrong.referral.internal.ReferralDesk;
import org.kumkrong.referral.internal.ReferralDraft;
import org.kumkrong.referral.internal.ReferralDraft.ConsentBasis;
import org.kumkrong.referral.internal.ReferralOutcome;
import org.kumkrong.referral.internal.ReferralStatusChange;
import org.kumkrong.referral.internal.WithdrawalReason;

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
 * The referral pages: the actor's agency's incoming and outgoing referrals, one referral with the actions
 * its viewer may take, and the form that refers a case. A referral between two other agencies, or of a case
 * the actor may not see, answers 404.
 */
@Controller
@RequestMapping("/referrals")
class ReferralController {

	static final List<String> FORM_FIELDS = List.of("purpose", "toAgencyId", "toServicePointId", "childIds", "message", "consentBasis",
			"consentGivenBy", "consentGivenOn", "childViewsHeard", "childViewsSummary", "overrideReason");

	private final ReferralDesk desk;

	private final Cases cases;

	private final Agencies agencies;

	private final ReferenceData references;

	ReferralController(ReferralDesk desk, Cases cases, Agencies agencies, ReferenceData references) {
		this.desk = desk;
		this.cases = cases;
		this.agencies = agencies;
		this.references = references;
	}

	/** A child as the referral pages show it: the pseudonymous code and the age band in the reader's language. */
	record ChildOption(UUID id, String code, String ageBand) {
	}

	private List<ChildOption> children(UUID caseId, Set<UUID> only, Locale locale) {
		return cases.children(caseId).stream()
			.filter(child -> only == null || only.contains(child.id()))
			.map(child -> new ChildOption(child.id(), child.code(), references.label(ReferenceList.AGE_BAND, child.ageBand(), locale)))
			.toList();
	}

	// ---------------------------------------------------------------- lists

	@GetMapping
	@PreAuthorize("hasAnyAuthority('REFERRAL_MANAGE', 'CASE_VIEW')")
	String list(@RequestParam(name = "state", required = false) String state, Locale locale, Model model) {
		ReferralState filter = parse(ReferralState.class, state);
		ReferralDesk.Lists lists = desk.lists(filter);
		model.addAttribute("incoming", lists.incoming().stream().map(r -> row(r, lists.now(), locale)).toList());
		model.addAttribute("outgoing", lists.outgoing().stream().map(r -> row(r, lists.now(), locale)).toList());
		model.addAttribute("state", filter == null ? "" : filter.name());
		model.addAttribute("states", ReferralState.values());
		return "referral/list";
	}

	ReferralRow row(Referral referral, java.time.Instant now, Locale locale) {
		return new ReferralRow(referral.id(), referral.caseReference(), referral.purpose(),
				agencies.name(referral.fromAgencyId(), locale), agencies.name(referral.toAgencyId(), locale),
				referral.state(), referral.requestedAt(), referral.dueAt(), referral.overdue(now), true);
	}

	// ---------------------------------------------------------------- referring

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('REFERRAL_MANAGE')")
	String newForm(@RequestParam("case") UUID caseId, @RequestParam(name = "purpose", required = false) String purpose,
			Locale locale, Model model) {
		var form = new ReferralForm();
		form.setCaseId(caseId.toString());
		form.setPurpose(parse(ReferralPurpose.class, purpose) == null ? null : purpose);
		model.addAttribute("form", form);
		return formPage(cases.visible(caseId).orElseThrow(org.kumkrong.casework.CaseNotFoundException::new), form, locale, model);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('REFERRAL_MANAGE')")
	String create(@ModelAttribute("form") ReferralForm form, BindingResult binding, Locale locale, Model model,
			RedirectAttributes redirect) {
		UUID caseId = uuid(form.getCaseId());
		if (caseId == null) {
			throw new org.kumkrong.casework.CaseNotFoundException();
		}
		CaseSummary kase = cases.visible(caseId).orElseThrow(org.kumkrong.casework.CaseNotFoundException::new);
		ReferralDraft draft = draft(caseId, form, binding);
		if (!binding.hasErrors()) {
			try {
				Referral referral = desk.refer(draft);
				redirect.addFlashAttribute("notice", "referral.notice.requested");
				return "redirect:/referrals/" + referral.id();
			}
			catch (RuleViolationException ex) {
				reject(binding, ex);
			}
		}
		return formPage(kase, form, locale, model);
	}

	private String formPage(CaseSummary kase, ReferralForm form, Locale locale, Model model) {
		ReferralPurpose purpose = parse(ReferralPurpose.class, form.getPurpose());
		ReferralDesk.Suggestions suggestions = desk.suggestions(purpose, kase.provinceCode());
		model.addAttribute("kase", kase);
		model.addAttribute("purposes", ReferralPurpose.values());
		model.addAttribute("purposeChosen", purpose != null);
		model.addAttribute("suggested", suggestions.suggested().stream().map(a -> option(a, locale)).toList());
		model.addAttribute("others", suggestions.others().stream().map(a -> option(a, locale)).toList());
		model.addAttribute("servicePoints", desk.servicePoints(purpose, kase.provinceCode()).stream()
			.map(point -> new ServiceOption(point.id().toString(), point.name(locale), agencies.name(point.agencyId(), locale),
					references.provinceName(point.provinceCode(), locale), point.type().name(),
					point.phones().isEmpty() ? null : point.phones().get(0)))
			.toList());
		model.addAttribute("children", children(kase.id(), null, locale));
		model.addAttribute("givers", ConsentGiver.values());
		model.addAttribute("mayOverride", ReferralDesk.holds(Permission.CONSENT_OVERRIDE));
		model.addAttribute("fields", FORM_FIELDS);
		return "referral/form";
	}

	private Option option(AgencyView agency, Locale locale) {
		return new Option(agency.id().toString(), agency.name(locale), agency.typeCode(), agency.provinceCode());
	}

	/** A service point of the picker: what it is, whose, where. */
	record ServiceOption(String value, String label, String agency, String province, String type, String phone) {
	}

	/** An agency of the picker. */
	record Option(String value, String label, String typeCode, String provinceCode) {
	}

	private static ReferralDraft draft(UUID caseId, ReferralForm form, BindingResult binding) {
		ReferralPurpose purpose = parse(ReferralPurpose.class, form.getPurpose());
		if (purpose == null) {
			binding.rejectValue("purpose", "referral.error.purpose");
		}
		UUID to = uuid(form.getToAgencyId());
		UUID point = uuid(form.getToServicePointId());
		if (to == null && point == null && !binding.hasErrors()) {
			binding.rejectValue("toAgencyId", "referral.error.agency");
		}
		Set<UUID> children = new LinkedHashSet<>();
		for (String child : form.getChildIds()) {
			UUID id = uuid(child);
			if (id == null) {
				binding.rejectValue("childIds", "referral.error.children");
				break;
			}
			children.add(id);
		}
		ConsentBasis basis = parse(ConsentBasis.class, form.getConsentBasis());
		LocalDate givenOn = null;
		if (basis == ConsentBasis.CONSENT && form.getConsentGivenOn() != null && !form.getConsentGivenOn().isBlank()) {
			try {
				givenOn = LocalDate.parse(form.getConsentGivenOn().strip());
			}
			catch (DateTimeParseException ex) {
				binding.rejectValue("consentGivenOn", "referral.error.consentGivenOn");
			}
		}
		Boolean heard = switch (form.getChildViewsHeard() == null ? "" : form.getChildViewsHeard()) {
			case "yes" -> Boolean.TRUE;
			case "no" -> Boolean.FALSE;
			default -> null;
		};
		return new ReferralDraft(caseId, purpose, to, children, form.getMessage(), basis,
				parse(ConsentGiver.class, form.getConsentGivenBy()), givenOn, heard, form.getChildViewsSummary(),
				form.getOverrideReason(), point);
	}

	// ---------------------------------------------------------------- one referral

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyAuthority('REFERRAL_MANAGE', 'CASE_VIEW')")
	String detail(@PathVariable UUID id, Locale locale, Model model) {
		return detailPage(desk.view(id), locale, model);
	}

	@PostMapping("/{id}/accept")
	@PreAuthorize("hasAuthority('REFERRAL_MANAGE')")
	String accept(@PathVariable UUID id, @RequestParam long version, Locale locale, Model model,
			RedirectAttributes redirect) {
		return act(id, locale, model, redirect, "referral.notice.accepted", "accept", () -> desk.accept(id, version));
	}

	@PostMapping("/{id}/decline")
	@PreAuthorize("hasAuthority('REFERRAL_MANAGE')")
	String decline(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(name = "reason", required = false) String reason,
			@RequestParam(name = "note", required = false) String note, Locale locale, Model model,
			RedirectAttributes redirect) {
		return act(id, locale, model, redirect, "referral.notice.declined", "decline",
				() -> desk.decline(id, version, parse(DeclineReason.class, reason), note));
	}

	@PostMapping("/{id}/complete")
	@PreAuthorize("hasAuthority('REFERRAL_MANAGE')")
	String complete(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(name = "outcome", required = false) String outcome,
			@RequestParam(name = "note", required = false) String note, Locale locale, Model model,
			RedirectAttributes redirect) {
		return act(id, locale, model, redirect, "referral.notice.completed", "complete",
				() -> desk.complete(id, version, parse(ReferralOutcome.class, outcome), note));
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("hasAuthority('REFERRAL_MANAGE')")
	String withdraw(@PathVariable UUID id, @RequestParam long version,
			@RequestParam(name = "reason", required = false) String reason,
			@RequestParam(name = "note", required = false) String note, Locale locale, Model model,
			RedirectAttributes redirect) {
		return act(id, locale, model, redirect, "referral.notice.withdrawn", "withdraw",
				() -> desk.withdraw(id, version, parse(WithdrawalReason.class, reason), note));
	}

	private String act(UUID id, Locale locale, Model model, RedirectAttributes redirect, String notice, String action,
			Runnable change) {
		try {
			change.run();
		}
		catch (RuleViolationException ex) {
			// The page again, with the problem next to the action it concerns and what was typed kept.
			model.addAttribute("problem", ex.messageKey());
			model.addAttribute("problemArguments", ex.arguments());
			model.addAttribute("problemAction", action);
			model.addAttribute("problemField", ex.field());
			return detailPage(desk.visibleReferral(id), locale, model);
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/referrals/" + id;
	}

	private String detailPage(Referral referral, Locale locale, Model model) {
		Actor actor = Actor.current().orElseThrow();
		boolean receiver = referral.toAgencyId().equals(actor.agencyId());
		boolean sender = referral.fromAgencyId().equals(actor.agencyId());
		boolean manage = ReferralDesk.holds(Permission.REFERRAL_MANAGE);
		var children = children(referral.caseId(), referral.childIds(), locale);
		model.addAttribute("referral", referral);
		model.addAttribute("fromName", agencies.name(referral.fromAgencyId(), locale));
		model.addAttribute("toName", agencies.name(referral.toAgencyId(), locale));
		model.addAttribute("servicePoint", desk.servicePoint(referral.toServicePointId())
			.map(point -> new ServiceOption(point.id().toString(), point.name(locale), null,
					references.provinceName(point.provinceCode(), locale), point.type().name(),
					point.phones().isEmpty() ? null : point.phones().get(0)))
			.orElse(null));
		model.addAttribute("overdue", referral.overdue(desk.now()));
		model.addAttribute("children", children);
		model.addAttribute("caseVisible", cases.visible(referral.caseId()).isPresent());
		model.addAttribute("incoming", receiver);
		model.addAttribute("mayAnswer", manage && receiver && referral.state() == ReferralState.REQUESTED);
		model.addAttribute("mayComplete", manage && receiver && referral.state() == ReferralState.ACCEPTED);
		model.addAttribute("mayWithdraw", manage && sender && referral.state().open());
		model.addAttribute("declineReasons", DeclineReason.values());
		model.addAttribute("outcomes", ReferralOutcome.values());
		model.addAttribute("withdrawalReasons", WithdrawalReason.values());
		List<ReferralStatusChange> history = desk.history(referral.id());
		model.addAttribute("history", history.stream()
			.map(change -> new Step(change.state(), change.at(),
					change.agencyId() == null ? null : agencies.name(change.agencyId(), locale), change.reasonCode()))
			.toList());
		return "referral/detail";
	}

	/** One step of a referral's history. */
	record Step(ReferralState state, java.time.Instant at, String agency, String reasonCode) {
	}

	// ---------------------------------------------------------------- parsing

	private static void reject(BindingResult binding, RuleViolationException ex) {
		if (ex.field() != null && FORM_FIELDS.contains(ex.field())) {
			binding.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
		}
		else {
			binding.reject(ex.messageKey(), ex.arguments(), null);
		}
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value.strip())).findFirst().orElse(null);
	}

	static UUID uuid(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
