package org.kumkrong.directory.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.kumkrong.directory.AgencyNotFoundException;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.directory.internal.AgencyDraft;
import org.kumkrong.directory.internal.AgencyProblem;
import org.kumkrong.directory.internal.AgencyRegister;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.reference.ReferenceData;
import org.kumkrong.reference.ReferenceEntry;
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
 * The directory's administration pages. AGENCY_VIEW sees agencies; AGENCY_MANAGE creates, edits, disables
 * and enables any agency; AGENCY_MANAGE_OWN edits the names and province of the actor's own agency only,
 * and other agencies' edit pages answer 404 to them so that probing reveals nothing.
 */
@Controller
@RequestMapping("/admin/agencies")
class AgencyController {

	private final AgencyRegister agencies;

	private final ReferenceData references;

	AgencyController(AgencyRegister agencies, ReferenceData references) {
		this.agencies = agencies;
		this.references = references;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('AGENCY_VIEW')")
	String list(@RequestParam(name = "type", required = false) String type,
			@RequestParam(name = "province", required = false) String province,
			@RequestParam(name = "status", required = false) String status, Locale locale, Model model) {
		List<AgencyRow> rows = agencies.all().stream()
			.filter(agency -> isBlank(type) || agency.typeCode().equals(type))
			.filter(agency -> isBlank(province) || agency.provinceCode().equals(province))
			.filter(agency -> isBlank(status) || ("active".equals(status) == agency.active()))
			.map(agency -> row(agency, locale))
			.sorted(Comparator.comparing(AgencyRow::name, collator(locale)))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("type", type);
		model.addAttribute("province", province);
		model.addAttribute("status", status);
		model.addAttribute("types", references.allEntries(ReferenceList.AGENCY_TYPE));
		model.addAttribute("provinces", sortedProvinces(locale, null));
		model.addAttribute("mayCreate", holds(Permission.AGENCY_MANAGE));
		return "directory/list";
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('AGENCY_VIEW')")
	String detail(@PathVariable("id") UUID id, Locale locale, Model model) {
		AgencyView agency = agencies.require(id);
		model.addAttribute("agency", row(agency, locale));
		model.addAttribute("parent", agency.parentId() == null ? null : agencies.name(agency.parentId(), locale));
		model.addAttribute("parentId", agency.parentId());
		model.addAttribute("children", agencies.all().stream()
			.filter(child -> id.equals(child.parentId()))
			.map(child -> row(child, locale))
			.toList());
		model.addAttribute("mayManage", holds(Permission.AGENCY_MANAGE));
		model.addAttribute("mayEdit", mayEdit(id));
		return "directory/detail";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('AGENCY_MANAGE')")
	String createForm(Locale locale, Model model) {
		model.addAttribute("form", new AgencyForm());
		return formPage(null, locale, model);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('AGENCY_MANAGE')")
	String create(@ModelAttribute("form") AgencyForm form, BindingResult binding, Locale locale, Model model,
			RedirectAttributes redirect) {
		AgencyDraft draft = draft(form, binding);
		if (!binding.hasErrors()) {
			reject(agencies.check(draft, null), binding);
		}
		if (binding.hasErrors()) {
			return formPage(null, locale, model);
		}
		UUID id = agencies.create(draft.nameEn(), draft.nameTh(), draft.typeCode(), draft.provinceCode(),
				draft.parentId());
		redirect.addFlashAttribute("notice", "directory.notice.created");
		return "redirect:/admin/agencies/" + id;
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAnyAuthority('AGENCY_MANAGE', 'AGENCY_MANAGE_OWN')")
	String editForm(@PathVariable("id") UUID id, Locale locale, Model model) {
		AgencyView agency = editable(id);
		var form = new AgencyForm();
		form.setNameEn(agency.nameEn());
		form.setNameTh(agency.nameTh());
		form.setTypeCode(agency.typeCode());
		form.setProvinceCode(agency.provinceCode());
		form.setParentId(agency.parentId() == null ? "" : agency.parentId().toString());
		form.setVersion(agencies.version(id));
		model.addAttribute("form", form);
		return formPage(agency, locale, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAnyAuthority('AGENCY_MANAGE', 'AGENCY_MANAGE_OWN')")
	String update(@PathVariable("id") UUID id, @ModelAttribute("form") AgencyForm form, BindingResult binding,
			Locale locale, Model model, RedirectAttributes redirect) {
		AgencyView agency = editable(id);
		if (!holds(Permission.AGENCY_MANAGE)) {
			// Managing one's own agency covers its names and province, not its type or place in the hierarchy.
			form.setTypeCode(agency.typeCode());
			form.setParentId(agency.parentId() == null ? "" : agency.parentId().toString());
		}
		AgencyDraft draft = draft(form, binding);
		if (!binding.hasErrors()) {
			reject(agencies.check(draft, id), binding);
		}
		if (!binding.hasErrors()) {
			try {
				agencies.update(id, draft, form.getVersion());
			}
			catch (RuleViolationException ex) {
				binding.reject(ex.messageKey());
			}
		}
		if (binding.hasErrors()) {
			return formPage(agency, locale, model);
		}
		redirect.addFlashAttribute("notice", "directory.notice.saved");
		return "redirect:/admin/agencies/" + id;
	}

	@PostMapping("/{id}/disable")
	@PreAuthorize("hasAuthority('AGENCY_MANAGE')")
	String disable(@PathVariable("id") UUID id, RedirectAttributes redirect) {
		agencies.setActive(id, false);
		redirect.addFlashAttribute("notice", "directory.notice.disabled");
		return "redirect:/admin/agencies/" + id;
	}

	@PostMapping("/{id}/enable")
	@PreAuthorize("hasAuthority('AGENCY_MANAGE')")
	String enable(@PathVariable("id") UUID id, RedirectAttributes redirect) {
		agencies.setActive(id, true);
		redirect.addFlashAttribute("notice", "directory.notice.enabled");
		return "redirect:/admin/agencies/" + id;
	}

	@PostMapping("/{id}/intake-desk")
	@PreAuthorize("hasAuthority('AGENCY_MANAGE')")
	String intakeDesk(@PathVariable("id") UUID id, @RequestParam(name = "intakeDesk", defaultValue = "false") boolean intakeDesk,
			RedirectAttributes redirect) {
		agencies.setIntakeDesk(id, intakeDesk);
		redirect.addFlashAttribute("notice", "directory.notice.saved");
		return "redirect:/admin/agencies/" + id;
	}

	private String formPage(AgencyView agency, Locale locale, Model model) {
		boolean structure = holds(Permission.AGENCY_MANAGE);
		String currentType = agency == null ? null : agency.typeCode();
		String currentProvince = agency == null ? null : agency.provinceCode();
		model.addAttribute("agency", agency == null ? null : row(agency, locale));
		model.addAttribute("mayChangeStructure", structure);
		List<ReferenceEntry> types = references.allEntries(ReferenceList.AGENCY_TYPE).stream()
			.filter(entry -> entry.active() || entry.code().equals(currentType))
			.toList();
		model.addAttribute("types", types.stream().map(entry -> new Option(entry.code(), entry.label(locale))).toList());
		model.addAttribute("provinces", sortedProvinces(locale, currentProvince));
		model.addAttribute("parents", agencies.all().stream()
			.filter(candidate -> agency == null || !candidate.id().equals(agency.id()))
			.map(candidate -> new Option(candidate.id().toString(), candidate.name(locale)))
			.sorted(Comparator.comparing(Option::label, collator(locale)))
			.toList());
		model.addAttribute("parentName", agency == null || agency.parentId() == null ? null
				: agencies.name(agency.parentId(), locale));
		return "directory/form";
	}

	private List<Option> sortedProvinces(Locale locale, String alsoInclude) {
		return references.allProvinces().stream()
			.filter(province -> province.active() || province.code().equals(alsoInclude))
			.map(province -> new Option(province.code(), province.name(locale)))
			.sorted(Comparator.comparing(Option::label, collator(locale)))
			.toList();
	}

	/** The agency if the actor may edit it; otherwise 404, never 403, so other agencies are not revealed. */
	private AgencyView editable(UUID id) {
		if (!mayEdit(id)) {
			throw new AgencyNotFoundException();
		}
		return agencies.require(id);
	}

	private boolean mayEdit(UUID id) {
		if (holds(Permission.AGENCY_MANAGE)) {
			return true;
		}
		return holds(Permission.AGENCY_MANAGE_OWN)
				&& Actor.current().map(Actor::agencyId).map(own -> own.equals(id)).orElse(false);
	}

	private static AgencyDraft draft(AgencyForm form, BindingResult binding) {
		UUID parentId = null;
		if (!isBlank(form.getParentId())) {
			try {
				parentId = UUID.fromString(form.getParentId().strip());
			}
			catch (IllegalArgumentException ex) {
				binding.rejectValue("parentId", "directory.error.parentUnknown");
			}
		}
		return new AgencyDraft(form.getNameEn(), form.getNameTh(), blankToNull(form.getTypeCode()),
				blankToNull(form.getProvinceCode()), parentId);
	}

	private static void reject(List<AgencyProblem> problems, BindingResult binding) {
		for (AgencyProblem problem : problems) {
			if (problem.field() == null) {
				binding.reject(problem.messageKey());
			}
			else {
				binding.rejectValue(problem.field(), problem.messageKey());
			}
		}
	}

	private AgencyRow row(AgencyView agency, Locale locale) {
		return new AgencyRow(agency.id(), agency.name(locale), agency.nameTh(), agency.nameEn(), agency.typeCode(),
				references.label(ReferenceList.AGENCY_TYPE, agency.typeCode(), locale),
				references.provinceName(agency.provinceCode(), locale), agency.active(), agency.intakeDesk());
	}

	private static Comparator<String> collator(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return (a, b) -> collator.compare(Objects.toString(a, ""), Objects.toString(b, ""));
	}

	private static boolean holds(Permission permission) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(permission.authority()::equals);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String blankToNull(String value) {
		return isBlank(value) ? null : value.strip();
	}

	/** An agency as the pages show it, in the reader's language. */
	record AgencyRow(UUID id, String name, String nameTh, String nameEn, String typeCode, String typeLabel,
			String provinceName, boolean active, boolean intakeDesk) {
	}

	/** A choice of a select. */
	record Option(String value, String label) {
	}

}
