package org.kumkrong.account.web;

import org.kumkrong.account.internal.UserAdministration;
import org.kumkrong.platform.RuleViolationException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Self-service password change for every signed-in staff member. */
@Controller
class PasswordController {

	private final UserAdministration administration;

	PasswordController(UserAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/account/password")
	@PreAuthorize("hasAuthority('KK_SIGNED_IN')")
	String page() {
		return "account/password";
	}

	@PostMapping("/account/password")
	@PreAuthorize("hasAuthority('KK_SIGNED_IN')")
	String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmation, Model model, RedirectAttributes redirect) {
		try {
			administration.changeOwnPassword(current, password, confirmation);
		}
		catch (RuleViolationException ex) {
			model.addAttribute("errorField", ex.field());
			model.addAttribute("error", ex.messageKey());
			return "account/password";
		}
		redirect.addFlashAttribute("passwordChanged", true);
		return "redirect:/account/password";
	}

}
