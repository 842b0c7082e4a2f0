package org.kumkrong.statistics.web;

import java.util.Locale;
import java.util.Map;

import org.kumkrong.platform.NavigationItem;
import org.kumkrong.platform.Permission;
import org.kumkrong.statistics.internal.DashboardView;
import org.kumkrong.statistics.internal.StatisticsService;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The statistics dashboard for data analysts, coordinators and administrators: filters kept in the URL, every
 * indicator's figure, the selected one's monthly trend, bars and province map, each chart beside its table.
 * Exact counts for those who may see them; under disclosure control for the rest.
 */
@Controller
class DashboardController {

	private final StatisticsService statistics;

	DashboardController(StatisticsService statistics) {
		this.statistics = statistics;
	}

	@Bean
	static NavigationItem statisticsNavigation() {
		return new NavigationItem("statistics.nav", "/statistics/dashboard", Permission.STATISTICS_VIEW.authority(), 80);
	}

	@GetMapping("/statistics/dashboard")
	@PreAuthorize("hasAuthority('STATISTICS_VIEW')")
	String dashboard(@RequestParam Map<String, String> params, Authentication authentication, Locale locale,
			Model model) {
		DashboardView view = statistics.dashboard(statistics.request(params), mayReadExact(authentication), locale);
		model.addAttribute("view", view);
		model.addAttribute("fmt", view.figures());
		return "statistics/dashboard";
	}

	static boolean mayReadExact(Authentication authentication) {
		return authentication != null && authentication.getAuthorities().stream()
			.anyMatch(authority -> Permission.STATISTICS_EXACT.authority().equals(authority.getAuthority()));
	}

}
