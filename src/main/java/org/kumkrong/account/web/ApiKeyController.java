package org.kumkrong.account.web;

import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;

import org.kumkrong.account.internal.PartnerKeys;
import org.kumkrong.directory.Agencies;
import org.kumkrong.platform.RuleViolationException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Partner API keys: issue (shown once), list, revoke. */
@Controller
@RequestMapping("/admin/api-keys")
@PreAuthorize("hasAuthority('API_KEY_MANAGE')")
class ApiKeyController {

	private final PartnerKeys keys;

	private final Agencies agencies;

	ApiKeyController(PartnerKeys keys, Agencies agencies) {
		this.keys = keys;
		this.agencies = agencies;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('API_KEY_MANAGE')")
	String list(Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("keys", keys.list());
		model.addAttribute("agencies", agencies.active().stream()
			.sorted(Comparator.comparing(agency -> agency.name(locale))).toList());
		model.addAttribute("agencyNames", new UserAdminController.AgencyNames(agencies, locale));
		return "account/api-keys";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('API_KEY_MANAGE')")
	String issue(@RequestParam(required = false) UUID agencyId, @RequestParam(defaultValue = "") String label,
			Model model, RedirectAttributes redirect) {
		try {
			PartnerKeys.IssuedKey issued = keys.issue(agencyId, label);
			redirect.addFlashAttribute("issuedKey", issued.key());
			return "redirect:/admin/api-keys";
		}
		catch (RuleViolationException ex) {
			model.addAttribute("errorField", ex.field());
			model.addAttribute("error", ex.messageKey());
			model.addAttribute("label", label);
			return list(model);
		}
	}

	@PostMapping("/{id}/revoke")
	@PreAuthorize("hasAuthority('API_KEY_MANAGE')")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		keys.revoke(id);
		redirect.addFlashAttribute("revoked", true);
		return "redirect:/admin/api-keys";
	}

}
