package org.kumkrong.training.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.kumkrong.account.Role;
import org.kumkrong.account.StaffDirectory;
import org.kumkrong.account.StaffMember;
import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.platform.Actor;
import org.kumkrong.reference.ReferenceData;
import org.kumkrong.training.internal.Catalogue;
import org.kumkrong.training.internal.TrainingDesk;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Enrolment by a trainer or coordinator: one person, or everyone of a role in an agency or in a province. */
@Controller
@RequestMapping("/training/enrol")
class EnrolController {

	private final Catalogue catalogue;

	private final TrainingDesk desk;

	private final StaffDirectory staff;

	private final Agencies agencies;

	private final ReferenceData references;

	EnrolController(Catalogue catalogue, TrainingDesk desk, StaffDirectory staff, Agencies agencies,
			ReferenceData references) {
		this.catalogue = catalogue;
		this.desk = desk;
		this.staff = staff;
		this.agencies = agencies;
		this.references = references;
	}

	private void choices(Model model) {
		model.addAttribute("courses", catalogue.publishedCourses());
		model.addAttribute("agencies", agencies.active());
		model.addAttribute("provinces", references.provinces());
		model.addAttribute("roles", Arrays.stream(Role.values()).map(Role::name).toList());
	}

	@GetMapping
	@PreAuthorize("hasAuthority('TRAINING_ENROL_OTHERS')")
	String form(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new EnrolForm());
		}
		choices(model);
		return "training/enrol";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('TRAINING_ENROL_OTHERS')")
	String enrol(@ModelAttribute("form") EnrolForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		UUID courseId = uuid(form.getCourseId());
		if (courseId == null || catalogue.published(courseId).isEmpty()) {
			binding.rejectValue("courseId", "training.enrol.error.course");
		}
		List<StaffMember> chosen = List.of();
		String scope = form.getScope() == null ? "" : form.getScope();
		if (scope.equals("PERSON")) {
			String username = form.getUsername() == null ? "" : form.getUsername().strip();
			chosen = staff.activeMembers().stream().filter(m -> m.username().equalsIgnoreCase(username)).toList();
			if (chosen.isEmpty()) {
				binding.rejectValue("username", "training.enrol.error.username");
			}
		}
		else if (scope.equals("AGENCY") || scope.equals("PROVINCE")) {
			Role role = role(form.getRole());
			if (role == null) {
				binding.rejectValue("role", "training.enrol.error.role");
			}
			Map<UUID, AgencyView> active = agencies.active().stream().collect(Collectors.toMap(AgencyView::id, Function.identity()));
			Set<UUID> where;
			if (scope.equals("AGENCY")) {
				UUID agencyId = uuid(form.getAgencyId());
				where = agencyId != null && active.containsKey(agencyId) ? Set.of(agencyId) : Set.of();
				if (where.isEmpty()) {
					binding.rejectValue("agencyId", "training.enrol.error.agency");
				}
			}
			else {
				String province = form.getProvinceCode() == null ? "" : form.getProvinceCode();
				where = active.values().stream().filter(a -> a.provinceCode().equals(province)).map(AgencyView::id)
					.collect(Collectors.toSet());
				if (references.provinces().stream().noneMatch(p -> p.code().equals(province))) {
					binding.rejectValue("provinceCode", "training.enrol.error.province");
				}
			}
			chosen = staff.activeMembers().stream()
				.filter(m -> where.contains(m.agencyId()) && role != null && m.roles().contains(role))
				.toList();
			if (!binding.hasErrors() && chosen.isEmpty()) {
				binding.rejectValue("role", "training.enrol.error.nobody");
			}
		}
		else {
			binding.rejectValue("scope", "training.enrol.error.scope");
		}
		if (binding.hasErrors()) {
			choices(model);
			return "training/enrol";
		}
		var count = desk.enrol(courseId, chosen, Actor.current().orElseThrow().userId());
		redirect.addFlashAttribute("enrolledCount", count.enrolled());
		redirect.addFlashAttribute("alreadyCount", count.alreadyEnrolled());
		return "redirect:/training/enrol";
	}

	private static Role role(String name) {
		return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
	}

	private static UUID uuid(String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static String agencyLabel(AgencyView agency, Locale locale) {
		return agency.name(locale);
	}

}
