package org.kumkrong.statistics.web;

import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kumkrong.platform.ApiErrorCode;
import org.kumkrong.statistics.internal.Dimension;
import org.kumkrong.statistics.internal.Indicator;
import org.kumkrong.statistics.internal.PublishedStatistics;
import org.kumkrong.statistics.internal.StatisticsService;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Indicators as data, for staff with a signed-in session: fixed groupings (year or month over whole months,
 * optionally by one dimension), under disclosure control unless the caller's role may see exact counts.
 */
@RestController
@Tag(name = "Statistics", description = "Indicators by year or month (staff session; small counts suppressed)")
class StatisticsApiController {

	private static final int MAX_MONTHS = 12 * 20;

	private final PublishedStatistics published;

	private final StatisticsService statistics;

	StatisticsApiController(PublishedStatistics published, StatisticsService statistics) {
		this.published = published;
		this.statistics = statistics;
	}

	@GetMapping(value = "/api/v1/statistics/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('STATISTICS_VIEW')")
	@Operation(summary = "One indicator by year or month",
			description = "groupBy is `year`, `month`, or one of them with a dimension: `year,offence`, `month,province` … "
					+ "(dimensions: province, offence, channel, platform, ageBand, sex, agencyType, detail). "
					+ "from and to are months (YYYY-MM). Counts below k are null with display \"< k\" "
					+ "unless the caller may see exact counts; `suppression` says why a count is missing.")
	ResponseEntity<?> indicators(
			@Parameter(description = "indicator code, e.g. REPORTS_RECEIVED or reports-received") @RequestParam(required = false) String indicator,
			@Parameter(description = "first month, YYYY-MM (default: January four years ago)") @RequestParam(required = false) String from,
			@Parameter(description = "last month, YYYY-MM (default: this month)") @RequestParam(required = false) String to,
			@Parameter(description = "year | month, optionally followed by ,dimension") @RequestParam(required = false) String groupBy,
			Authentication authentication) {
		List<Map<String, String>> errors = new ArrayList<>();
		Indicator chosen = Indicator.fromParam(indicator);
		if (chosen == null) {
			errors.add(error("indicator", "Choose one of " + java.util.Arrays.toString(Indicator.values())));
		}
		YearMonth now = YearMonth.from(statistics.today());
		YearMonth first = month(from, "from", YearMonth.of(now.getYear() - 4, 1), errors);
		YearMonth last = month(to, "to", now, errors);
		if (first != null && last != null && (first.isAfter(last) || first.plusMonths(MAX_MONTHS).isBefore(last))) {
			errors.add(error("from", "from must not be after to, and at most 20 years before it"));
		}
		PublishedStatistics.Grouping grouping = PublishedStatistics.Grouping.YEAR;
		Dimension by = null;
		if (groupBy != null && !groupBy.isBlank()) {
			String[] parts = groupBy.split(",");
			try {
				grouping = PublishedStatistics.Grouping.valueOf(parts[0].trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.add(error("groupBy", "Start with year or month"));
			}
			if (parts.length > 2) {
				errors.add(error("groupBy", "At most one dimension after the period"));
			}
			else if (parts.length == 2) {
				by = Dimension.fromParam(parts[1].trim());
				if (by == null) {
					errors.add(error("groupBy", "Unknown dimension " + parts[1].trim()));
				}
				else if (chosen != null && !chosen.has(by)) {
					errors.add(error("groupBy", chosen.name() + " is not recorded by " + by.param()));
				}
			}
		}
		if (!errors.isEmpty()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid input");
			problem.setType(URI.create("https://kumkrong.org/problems/" + ApiErrorCode.INVALID_INPUT.code()));
			problem.setProperty("code", ApiErrorCode.INVALID_INPUT.code());
			problem.setProperty("errors", errors);
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		PublishedStatistics.Answer answer = published.answer(chosen, first, last, grouping, by,
				DashboardController.mayReadExact(authentication));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("indicator", answer.indicator().name());
		body.put("kind", answer.indicator().kind().name());
		body.put("from", answer.from().toString());
		body.put("to", answer.to().toString());
		body.put("groupBy", grouping.name().toLowerCase(Locale.ROOT) + (by == null ? "" : "," + by.param()));
		body.put("suppressed", answer.suppressed());
		body.put("k", answer.k());
		body.put("rows", answer.rows());
		body.put("total", answer.total());
		body.put("definition", "/statistics/indicators/" + answer.indicator().slug());
		return ResponseEntity.ok().header("Cache-Control", "no-store").body(body);
	}

	private static YearMonth month(String value, String field, YearMonth fallback, List<Map<String, String>> errors) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return YearMonth.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			errors.add(error(field, "Use a month like 2026-01"));
			return null;
		}
	}

	private static Map<String, String> error(String field, String message) {
		return Map.of("field", field, "message", message);
	}

}
