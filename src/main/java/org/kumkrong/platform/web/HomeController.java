package org.kumkrong.platform.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front door and the staff landing page. */
@Controller
class HomeController {

	@GetMapping("/")
	@PreAuthorize("permitAll()")
	String publicHome() {
		return "platform/home";
	}

	@GetMapping("/home")
	@PreAuthorize("hasAuthority(T(org.kumkrong.platform.Authorities).SIGNED_IN)")
	String staffHome() {
		return "platform/staff-home";
	}

}
