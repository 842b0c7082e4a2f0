package org.kumkrong.account.web;

import org.kumkrong.account.StaffDirectory;
import org.kumkrong.platform.Actor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The on-duty switch of the staff home page: each person sets their own status, nobody else's. */
@Controller
class DutyController {

	private final StaffDirectory staff;

	DutyController(StaffDirectory staff) {
		this.staff = staff;
	}

	@PostMapping("/account/duty")
	@PreAuthorize("hasAuthority(T(org.kumkrong.platform.Authorities).SIGNED_IN)")
	String setDuty(@RequestParam boolean onDuty, RedirectAttributes redirect) {
		Actor actor = Actor.current().orElseThrow(() -> new AccessDeniedException("no staff member signed in"));
		staff.setOnDuty(actor.userId(), onDuty);
		redirect.addFlashAttribute("dutyNotice", onDuty ? "account.duty.nowOn" : "account.duty.nowOff");
		return "redirect:/home";
	}

}
