package org.kumkrong.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kumkrong.platform.Actor;
import org.kumkrong.platform.HomePanel;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front door and the staff landing page, composed of the panels modules contribute. */
@Controller
class HomeController {

	private final ObjectProvider<HomePanel> panels;

	HomeController(ObjectProvider<HomePanel> panels) {
		this.panels = panels;
	}

	/** One panel as the page renders it: its fragment and what that fragment shows. */
	public record PanelView(String fragment, Map<String, Object> model) {
	}

	@GetMapping("/")
	@PreAuthorize("permitAll()")
	String publicHome() {
		return "platform/home";
	}

	@GetMapping("/home")
	@PreAuthorize("hasAuthority(T(org.kumkrong.platform.Authorities).SIGNED_IN)")
	String staffHome(Model model, Locale locale) {
		List<PanelView> shown = Actor.current()
			.map(actor -> panels.stream()
				.sorted(Comparator.comparingInt(HomePanel::order))
				.map(panel -> new PanelView(panel.fragment(), panel.model(actor, locale)))
				.filter(view -> view.model() != null && !view.model().isEmpty())
				.toList())
			.orElse(List.of());
		model.addAttribute("panels", shown);
		return "platform/staff-home";
	}

}
