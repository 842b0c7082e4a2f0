package org.kumkrong.account.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import org.kumkrong.account.Role;
import org.kumkrong.account.UserView;
import org.kumkrong.account.internal.SignIn;
import org.kumkrong.account.internal.UserAdministration;
import org.kumkrong.account.internal.UserAdministration.SignInLink;
import org.kumkrong.directory.Agencies;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.RuleViolationException;

import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Administration of staff accounts: list, create, view, edit, disable, and sign-in resets. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAnyAuthority('USER_MANAGE', 'USER_MANAGE_OWN_AGENCY')")
class UserAdminController {

	private final UserAdministration administration;

	private final SignIn signIn;

	private final Agencies agencies;

	private final org.kumkrong.account.internal.SignInLinkMail mail;

	UserAdminController(UserAdministration administration, SignIn signIn, Agencies agencies,
			org.kumkrong.account.internal.SignInLinkMail mail) {
		this.administration = administration;
		this.signIn = signIn;
		this.agencies = agencies;
		this.mail = mail;
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('USER_MANAGE', 'USER_MANAGE_OWN_AGENCY')")
	String list(@RequestParam(required = false) UUID agency, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Boolean active, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("users", administration.list(agency, role, active, q));
		model.addAttribute("agencyFilter", agency);
		model.addAttribute("roleFilter", role);
		model.addAttribute("activeFilter", active);
		model.addAttribute("q", q);
		referenceModel(model);
		return "account/users";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyAuthority('USER_MANAGE', 'USER_MANAGE_OWN_AGENCY')")
	String newUser(Model model) {
		UserForm form = new UserForm();
		form.setAgencyId(Actor.current().map(Actor::agencyId).orElse(null));
		model.addAttribute("form", form);
		referenceModel(model);
		return "account/user-form";
	}

	@PostMapping
	@PreAuthorize("hasAnyAuthority('USER_MANAGE', 'USER_MANAGE_OWN_AGENCY')")
	String create(@ModelAttribute("form") UserForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return invalid(model, binding, "agencyId", "account.user.error.agency");
		}
		if (!form.getRoles().isEmpty() && !stepUp(form)) {
			return invalid(model, binding, "stepUpCode", "account.stepUp.error");
		}
		try {
			SignInLink link = administration.create(form.toChange());
			flashLink(redirect, link);
			redirect.addFlashAttribute("created", true);
			return "redirect:/admin/users/" + link.userId();
		}
		catch (RuleViolationException ex) {
			return invalid(model, binding, ex.field(), ex.messageKey());
		}
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyAuthority('USER_MANAGE', 'USER_MANAGE_OWN_AGENCY')")
	String view(@PathVariable UUID id, Model model) {
		UserView user = administration.view(id);
		model.addAttribute("user", user);
		model.addAttribute("agencyName", agencies.name(user.agencyId(), LocaleContextHolder.getLocale()));
		return "account/user";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAnyAuthority('USER_MANAGE', 'USER_MANAGE_OWN_AGENCY')")
	String edit(@PathVariable UUID id, Model model) {
		UserView user = administration.view(id);
		model.addAttribute("form", UserForm.of(user));
		model.addAttribute("userId", id);
		referenceModel(model);
		return "account/user-form";
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAnyAuthority('USER_MANAGE', 'USER_MANAGE_OWN_AGENCY')")
	String update(@PathVariable UUID id, @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("userId", id);
		if (binding.hasErrors()) {
			return invalid(model, binding, "agencyId", "account.user.error.agency");
		}
		UserView current = administration.view(id);
		form.setUsername(current.username());
		boolean rolesChanged = !current.roles().equals(form.getRoles().isEmpty() ? EnumSet.noneOf(Role.class)
				: EnumSet.copyOf(form.getRoles()));
		// SECURITY.md row 6: a role change needs the administrator's second factor again.
		if (rolesChanged && !stepUp(form)) {
			return invalid(model, binding, "stepUpCode", "account.stepUp.error");
		}
		try {
			administration.update(id, form.toChange());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/users/" + id;
		}
		catch (RuleViolationException ex) {
			return invalid(model, binding, ex.field(), ex.messageKey());
		}
	}

	@PostMapping("/{id}/disable")
	@PreAuthorize("hasAnyAuthority('USER_MANAGE', 'USER_MANAGE_OWN_AGENCY')")
	String disable(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			administration.disable(id);
			redirect.addFlashAttribute("disabled", true);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/enable")
	@PreAuthorize("hasAnyAuthority('USER_MANAGE', 'USER_MANAGE_OWN_AGENCY')")
	String enable(@PathVariable UUID id, RedirectAttributes redirect) {
		administration.enable(id);
		redirect.addFlashAttribute("enabled", true);
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/reset-password")
	@PreAuthorize("hasAnyAuthority('USER_MANAGE', 'USER_MANAGE_OWN_AGENCY')")
	String resetPassword(@PathVariable UUID id, RedirectAttributes redirect) {
		flashLink(redirect, administration.resetPassword(id));
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/reset-second-factor")
	@PreAuthorize("hasAnyAuthority('USER_MANAGE', 'USER_MANAGE_OWN_AGENCY')")
	String resetSecondFactor(@PathVariable UUID id, RedirectAttributes redirect) {
		flashLink(redirect, administration.resetSecondFactor(id));
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/require-password-change")
	@PreAuthorize("hasAnyAuthority('USER_MANAGE', 'USER_MANAGE_OWN_AGENCY')")
	String requirePasswordChange(@PathVariable UUID id, RedirectAttributes redirect) {
		administration.requirePasswordChange(id);
		redirect.addFlashAttribute("passwordChangeRequired", true);
		return "redirect:/admin/users/" + id;
	}

	private boolean stepUp(UserForm form) {
		return signIn.stepUp(Actor.current().orElseThrow().userId(), form.getStepUpCode(), "roleChange");
	}

	private void flashLink(RedirectAttributes redirect, SignInLink link) {
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/activate/{token}")
			.buildAndExpand(link.token()).toUriString();
		var email = administration.emailOf(link.userId());
		redirect.addFlashAttribute("signInLinkMailed", mail.send(email, link.userId(), url));
		redirect.addFlashAttribute("signInLink", url);
		redirect.addFlashAttribute("signInLinkExpires", link.expiresAt());
	}

	private String invalid(Model model, BindingResult binding, String field, String messageKey) {
		if (field == null) {
			binding.reject(messageKey);
		}
		else {
			binding.rejectValue(field, messageKey);
		}
		referenceModel(model);
		return "account/user-form";
	}

	private void referenceModel(Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		boolean everyAgency = hasUserManage();
		UUID own = Actor.current().map(Actor::agencyId).orElse(null);
		model.addAttribute("agencies", agencies.active().stream()
			.filter(agency -> everyAgency || agency.id().equals(own))
			.sorted(Comparator.comparing(agency -> agency.name(locale)))
			.toList());
		model.addAttribute("roles", Arrays.stream(Role.values())
			.filter(role -> everyAgency || !role.reservedForAdministrators())
			.toList());
		model.addAttribute("agencyNames", new AgencyNames(agencies, locale));
	}

	private static boolean hasUserManage() {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
			.getAuthentication();
		return authentication != null && authentication.getAuthorities().stream()
			.anyMatch(a -> "USER_MANAGE".equals(a.getAuthority()));
	}

	/** Agency names for templates: {@code agencyNames.of(id)}. */
	record AgencyNames(Agencies agencies, Locale locale) {
		public String of(UUID id) {
			return id == null ? "" : agencies.name(id, locale);
		}
	}

}
