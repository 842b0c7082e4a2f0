package org.kumkrong.casework.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kumkrong.account.StepUp;
import org.kumkrong.casework.CaseStatus;
import org.kumkrong.casework.internal.CaseAccess;
import org.kumkrong.casework.internal.CaseExports;
import org.kumkrong.directory.Agencies;
import org.kumkrong.reference.ReferenceData;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Documents made from cases: the case summary PDF of one visible case (CASE_VIEW; a case outside the
 * viewer's team is 404), and the CSV export of the case list (CASE_EXPORT, after re-entering the second
 * factor: SECURITY.md row 6).
 */
@Controller
class CaseDocumentsController {

	/** Excel reads a CSV as the local ANSI code page unless it starts with a byte order mark. */
	static final char BYTE_ORDER_MARK = '\uFEFF';

	private final CaseSummaryDocument summaries;

	private final CaseExports exports;

	private final CaseAccess access;

	private final StepUp stepUp;

	private final ReferenceData references;

	private final Agencies agencies;

	private final MessageSource messages;

	private final Clock clock;

	CaseDocumentsController(CaseSummaryDocument summaries, CaseExports exports, CaseAccess access, StepUp stepUp,
			ReferenceData references, Agencies agencies, MessageSource messages, Clock clock) {
		this.summaries = summaries;
		this.exports = exports;
		this.access = access;
		this.stepUp = stepUp;
		this.references = references;
		this.agencies = agencies;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/cases/{id}/summary.pdf")
	@PreAuthorize("hasAuthority('CASE_VIEW')")
	void summary(@PathVariable("id") UUID id, Locale locale, HttpServletResponse response) throws IOException {
		// Read (and audited) before the response starts, so that a missing case is still a plain 404 page.
		CaseSummaryDocument.Prepared prepared = summaries.prepare(id, locale, access.identityCleared());
		response.setContentType("application/pdf");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename(prepared.reference() + "-summary.pdf").build().toString());
		response.setHeader("Cache-Control", "no-store");
		summaries.write(prepared, response.getOutputStream());
	}

	@GetMapping("/cases/export")
	@PreAuthorize("hasAuthority('CASE_EXPORT') and hasAuthority('CASE_VIEW')")
	String exportForm(Locale locale, Model model) {
		model.addAttribute("form", new ExportForm());
		return form(locale, model);
	}

	@PostMapping("/cases/export")
	@PreAuthorize("hasAuthority('CASE_EXPORT') and hasAuthority('CASE_VIEW')")
	ModelAndView export(@ModelAttribute("form") ExportForm form, BindingResult binding, Locale locale, Model model,
			HttpServletResponse response) throws IOException {
		CaseStatus status = null;
		if (form.getStatus() != null && !form.getStatus().isBlank()) {
			status = Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(form.getStatus())).findFirst().orElse(null);
			if (status == null) {
				binding.rejectValue("status", "casework.export.error.filter");
			}
		}
		String province = form.getProvince() == null || form.getProvince().isBlank() ? null : form.getProvince().strip();
		if (province != null && references.province(province).isEmpty()) {
			binding.rejectValue("province", "casework.export.error.filter");
		}
		if (binding.hasErrors()) {
			return new ModelAndView(form(locale, model), model.asMap());
		}
		// SECURITY.md row 6: a bulk export needs the second factor again (or one confirmed minutes ago).
		if (!stepUp.recentlyConfirmed() && !stepUp.confirm(form.getCode(), "caseExport")) {
			binding.rejectValue("code", "casework.export.error.code");
			return new ModelAndView(form(locale, model), model.asMap());
		}
		List<CaseExports.Row> rows = exports.export(status, province);
		writeCsv(rows, locale, response);
		// The response is written: no view.
		return null;
	}

	private void writeCsv(List<CaseExports.Row> rows, Locale locale, HttpServletResponse response) throws IOException {
		String date = DateTimeFormatter.ISO_LOCAL_DATE.format(clock.instant().atZone(CaseSummaryDocument.BANGKOK));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", ContentDisposition.attachment().filename("cases-" + date + ".csv").build().toString());
		response.setHeader("Cache-Control", "no-store");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write(BYTE_ORDER_MARK);
		String[] header = List.of("reference", "title", "status", "priority", "owner", "province", "opened", "closed", "children",
				"suspects", "offences").stream().map(column -> text("casework.export.column." + column, locale)).toArray(String[]::new);
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(header).get())) {
			for (CaseExports.Row row : rows) {
				csv.printRecord(row.reference(), row.title(), text("casework.CaseStatus." + row.status().name(), locale),
						text("casework.CasePriority." + row.priority().name(), locale), orEmpty(agencies.name(row.ownerAgencyId(), locale)),
						row.provinceCode() == null ? "" : references.provinceName(row.provinceCode(), locale),
						CaseSummaryDocument.dateTime(row.openedAt(), locale), CaseSummaryDocument.dateTime(row.closedAt(), locale),
						row.children(), row.suspects(), String.join(" ", row.offenceCodes()));
			}
		}
	}

	private String form(Locale locale, Model model) {
		Collator collator = Collator.getInstance(locale);
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("provinces", references.provinces().stream()
			.map(province -> new Choice(province.code(), province.name(locale)))
			.sorted(Comparator.comparing(Choice::name, collator))
			.toList());
		return "casework/export";
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	/** An option of a list on the form. */
	record Choice(String code, String name) {
	}

	/** The export form: filters and the step-up code. */
	public static class ExportForm {

		private String status;

		private String province;

		private String code;

		public String getStatus() {
			return status;
		}

		public void setStatus(String status) {
			this.status = status;
		}

		public String getProvince() {
			return province;
		}

		public void setProvince(String province) {
			this.province = province;
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

	}

}
