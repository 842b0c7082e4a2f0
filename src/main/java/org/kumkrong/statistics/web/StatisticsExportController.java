package org.kumkrong.statistics.web;

import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.kumkrong.statistics.internal.DashboardView;
import org.kumkrong.statistics.internal.StatisticsExportFiles;
import org.kumkrong.statistics.internal.StatisticsService;

import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads of the dashboard view in the URL (CSV, XLSX) and the monthly PDF report, always under disclosure
 * control. Each download is audited.
 */
@Controller
class StatisticsExportController {

	private final StatisticsService statistics;

	private final StatisticsExportFiles files;

	StatisticsExportController(StatisticsService statistics, StatisticsExportFiles files) {
		this.statistics = statistics;
		this.files = files;
	}

	@GetMapping("/statistics/dashboard/export.csv")
	@PreAuthorize("hasAuthority('STATISTICS_VIEW')")
	void csv(@RequestParam Map<String, String> params, Locale locale, HttpServletResponse response) throws IOException {
		DashboardView view = statistics.dashboard(statistics.request(params), false, locale);
		start(response, "text/csv;charset=UTF-8", "kumkrong-statistics-" + statistics.today() + ".csv");
		files.csv(view, locale, response.getOutputStream());
	}

	@GetMapping("/statistics/dashboard/export.xlsx")
	@PreAuthorize("hasAuthority('STATISTICS_VIEW')")
	void xlsx(@RequestParam Map<String, String> params, Locale locale, HttpServletResponse response) throws IOException {
		DashboardView view = statistics.dashboard(statistics.request(params), false, locale);
		start(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"kumkrong-statistics-" + statistics.today() + ".xlsx");
		files.xlsx(view, locale, response.getOutputStream());
	}

	@GetMapping("/statistics/report.pdf")
	@PreAuthorize("hasAuthority('STATISTICS_VIEW')")
	String pdf(@RequestParam(name = "month", required = false) String month, Locale locale, HttpServletResponse response,
			Model model) throws IOException {
		YearMonth covered;
		try {
			covered = month == null || month.isBlank() ? files.defaultMonth() : YearMonth.parse(month.trim());
		}
		catch (DateTimeParseException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("field", "month");
			return "statistics/bad-request";
		}
		start(response, "application/pdf", "kumkrong-statistics-" + covered + ".pdf");
		files.monthlyPdf(covered, locale, response.getOutputStream());
		return null;
	}

	private static void start(HttpServletResponse response, String type, String filename) {
		response.setContentType(type);
		response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(filename).build().toString());
		response.setHeader("Cache-Control", "no-store");
	}

}
