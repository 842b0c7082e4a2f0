package org.kumkrong.reference.web;

import java.util.Arrays;
import java.util.List;

import org.kumkrong.platform.NotFoundException;
import org.kumkrong.reference.Province;
import org.kumkrong.reference.ReferenceEntry;
import org.kumkrong.reference.ReferenceList;
import org.kumkrong.reference.internal.FieldProblem;
import org.kumkrong.reference.internal.JdbcReferenceData;

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
 * Administration of the reference lists: labels and descriptions in both languages, deactivation and
 * reactivation. Codes cannot be changed or deleted here.
 */
@Controller
@RequestMapping("/admin/reference")
@PreAuthorize("hasAuthority('REFERENCE_MANAGE')")
class ReferenceController {

	/** The URL name of the provinces list, which sits beside the {@link ReferenceList}s. */
	static final String PROVINCES = "province";

	private final JdbcReferenceData references;

	ReferenceController(JdbcReferenceData references) {
		this.references = references;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('REFERENCE_MANAGE')")
	String index() {
		return "redirect:/admin/reference/" + ReferenceList.OFFENCE.slug();
	}

	@GetMapping("/{list}")
	@PreAuthorize("hasAuthority('REFERENCE_MANAGE')")
	String list(@PathVariable("list") String slug, Model model) {
		model.addAttribute("lists", slugs());
		model.addAttribute("current", slug);
		if (PROVINCES.equals(slug)) {
			model.addAttribute("rows", references.allProvinces().stream().map(Row::of).toList());
		}
		else {
			model.addAttribute("rows", references.allEntries(list(slug)).stream().map(Row::of).toList());
		}
		return "reference/list";
	}

	@GetMapping("/{list}/{code}/edit")
	@PreAuthorize("hasAuthority('REFERENCE_MANAGE')")
	String edit(@PathVariable("list") String slug, @PathVariable("code") String code, Model model) {
		var form = new ReferenceEntryForm();
		if (PROVINCES.equals(slug)) {
			Province province = references.requireProvince(code);
			form.setLabelEn(province.nameEn());
			form.setLabelTh(province.nameTh());
		}
		else {
			ReferenceEntry entry = references.requireEntry(list(slug), code);
			form.setLabelEn(entry.labelEn());
			form.setLabelTh(entry.labelTh());
			form.setDescriptionEn(entry.descriptionEn());
			form.setDescriptionTh(entry.descriptionTh());
		}
		model.addAttribute("form", form);
		return editPage(slug, code, model);
	}

	@PostMapping("/{list}/{code}")
	@PreAuthorize("hasAuthority('REFERENCE_MANAGE')")
	String save(@PathVariable("list") String slug, @PathVariable("code") String code,
			@ModelAttribute("form") ReferenceEntryForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		boolean province = PROVINCES.equals(slug);
		List<FieldProblem> problems;
		if (province) {
			references.requireProvince(code);
			problems = references.checkProvince(form.getLabelEn(), form.getLabelTh());
		}
		else {
			ReferenceList list = list(slug);
			references.requireEntry(list, code);
			problems = references.check(list, form.getLabelEn(), form.getLabelTh(), form.getDescriptionEn(),
					form.getDescriptionTh());
		}
		problems.forEach(problem -> binding.rejectValue(problem.field(), problem.messageKey()));
		if (binding.hasErrors()) {
			return editPage(slug, code, model);
		}
		if (province) {
			references.updateProvince(code, form.getLabelEn(), form.getLabelTh());
		}
		else {
			references.update(list(slug), code, form.getLabelEn(), form.getLabelTh(), form.getDescriptionEn(),
					form.getDescriptionTh());
		}
		redirect.addFlashAttribute("notice", "reference.notice.saved");
		return "redirect:/admin/reference/" + slug;
	}

	@PostMapping("/{list}/{code}/deactivate")
	@PreAuthorize("hasAuthority('REFERENCE_MANAGE')")
	String deactivate(@PathVariable("list") String slug, @PathVariable("code") String code,
			RedirectAttributes redirect) {
		return setActive(slug, code, false, redirect);
	}

	@PostMapping("/{list}/{code}/reactivate")
	@PreAuthorize("hasAuthority('REFERENCE_MANAGE')")
	String reactivate(@PathVariable("list") String slug, @PathVariable("code") String code,
			RedirectAttributes redirect) {
		return setActive(slug, code, true, redirect);
	}

	private String setActive(String slug, String code, boolean active, RedirectAttributes redirect) {
		if (PROVINCES.equals(slug)) {
			references.setProvinceActive(code, active);
		}
		else {
			references.setActive(list(slug), code, active);
		}
		redirect.addFlashAttribute("notice", active ? "reference.notice.reactivated" : "reference.notice.deactivated");
		return "redirect:/admin/reference/" + slug;
	}

	private String editPage(String slug, String code, Model model) {
		model.addAttribute("current", slug);
		model.addAttribute("code", code);
		model.addAttribute("withDescription", !PROVINCES.equals(slug));
		if (!PROVINCES.equals(slug)) {
			model.addAttribute("entry", references.requireEntry(list(slug), code));
		}
		return "reference/edit";
	}

	private static ReferenceList list(String slug) {
		ReferenceList list = ReferenceList.fromSlug(slug);
		if (list == null) {
			throw new NotFoundException("reference_list");
		}
		return list;
	}

	private static List<String> slugs() {
		var slugs = new java.util.ArrayList<>(Arrays.stream(ReferenceList.values()).map(ReferenceList::slug).toList());
		slugs.add(PROVINCES);
		return slugs;
	}

	/** One line of the list page, for entries and provinces alike. */
	record Row(String code, String labelEn, String labelTh, boolean active) {

		static Row of(ReferenceEntry entry) {
			return new Row(entry.code(), entry.labelEn(), entry.labelTh(), entry.active());
		}

		static Row of(Province province) {
			return new Row(province.code(), province.nameEn(), province.nameTh(), province.active());
		}

	}

}
