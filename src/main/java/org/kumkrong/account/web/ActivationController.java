package org.kumkrong.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kumkrong.account.UserView;
import org.kumkrong.account.internal.SignIn;
import org.kumkrong.account.internal.UserAdministration;
import org.kumkrong.platform.RuleViolationException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one-time link an administrator hands to a new (or reset) user: set a password, or confirm the
 * current one after a second-factor reset, then continue to authenticator enrolment.
 */
@Controller
class ActivationController {

	private final UserAdministration administration;

	private final SignIn signIn;

	ActivationController(UserAdministration administration, SignIn signIn) {
		this.administration = administration;
		this.signIn = signIn;
	}

	@GetMapping("/activate/{token}")
	@PreAuthorize("permitAll()")
	String page(@PathVariable String token, Model model) {
		return administration.activationFor(token).map(user -> model(model, token, user, null, null))
			.orElse("account/activate-invalid");
	}

	@PostMapping("/activate/{token}")
	@PreAuthorize("permitAll()")
	String activate(@PathVariable String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmation, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		UserView user = administration.activationFor(token).orElse(null);
		if (user == null) {
			return "account/activate-invalid";
		}
		Authentication partial;
		try {
			partial = administration.activate(token, password, confirmation);
		}
		catch (RuleViolationException ex) {
			return model(model, token, user, ex.field(), ex.messageKey());
		}
		SignInSessions.establish(partial, request, response);
		return signIn.enrolled(user.id()) ? "redirect:/login/code" : "redirect:/login/enrol";
	}

	private static String model(Model model, String token, UserView user, String field, String error) {
		model.addAttribute("token", token);
		model.addAttribute("username", user.username());
		model.addAttribute("setPassword", !user.passwordSet());
		model.addAttribute("errorField", field);
		model.addAttribute("error", error);
		return "account/activate";
	}

}
