package org.kumkrong.statistics.web;

import java.util.Arrays;
import java.util.Locale;

import org.kumkrong.platform.NotFoundException;
import org.kumkrong.statistics.internal.Indicator;
import org.kumkrong.statistics.internal.PublishedStatistics;
import org.kumkrong.statistics.internal.StatisticsService;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public statistics page (no account; works without JavaScript) and the definition of every indicator:
 * fixed groupings only, always under disclosure control.
 */
@Controller
class PublicStatisticsController {

	private final PublishedStatistics published;

	private final StatisticsService statistics;

	PublicStatisticsController(PublishedStatistics published, StatisticsService statistics) {
		this.published = published;
		this.statistics = statistics;
	}

	@GetMapping("/statistics")
	@PreAuthorize("permitAll()")
	String page(Locale locale, Model model) {
		PublishedStatistics.PublicView view = published.publicView(locale);
		model.addAttribute("view", view);
		model.addAttribute("fmt", view.figures());
		return "statistics/public";
	}

	@GetMapping("/statistics/indicators")
	@PreAuthorize("permitAll()")
	String definitions(Locale locale, Model model) {
		model.addAttribute("indicators", Arrays.asList(Indicator.values()));
		model.addAttribute("k", statistics.k());
		return "statistics/definitions";
	}

	@GetMapping("/statistics/indicators/{slug}")
	@PreAuthorize("permitAll()")
	String definition(@PathVariable String slug, Model model) {
		Indicator indicator = Indicator.fromParam(slug);
		if (indicator == null) {
			throw new NotFoundException("indicator");
		}
		model.addAttribute("indicator", indicator);
		model.addAttribute("k", statistics.k());
		return "statistics/definition";
	}

}
