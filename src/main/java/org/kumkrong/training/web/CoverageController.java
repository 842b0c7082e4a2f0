package org.kumkrong.training.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.reference.Province;
import org.kumkrong.reference.ProvinceMap;
import org.kumkrong.reference.ReferenceData;
import org.kumkrong.reference.ReferenceList;
import org.kumkrong.training.internal.Catalogue;
import org.kumkrong.training.internal.CourseVersion;
import org.kumkrong.training.internal.Coverage;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Coverage for coordinators: for one course, who of the staff it is meant for has completed it, by province,
 * agency type and role and by agency, with the gaps spelled out.
 */
@Controller
@RequestMapping("/training/coverage")
class CoverageController {

	private final Catalogue catalogue;

	private final Coverage coverage;

	private final Agencies agencies;

	private final ReferenceData references;

	private final ProvinceMap provinceMap;

	private final MessageSource messages;

	CoverageController(Catalogue catalogue, Coverage coverage, Agencies agencies, ReferenceData references,
			ProvinceMap provinceMap, MessageSource messages) {
		this.provinceMap = provinceMap;
		this.messages = messages;
		this.catalogue = catalogue;
		this.coverage = coverage;
		this.agencies = agencies;
		this.references = references;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('TRAINING_COVERAGE_VIEW')")
	String coverage(@RequestParam(name = "course", required = false) String course, Model model, Locale locale) {
		List<CourseVersion> courses = catalogue.publishedCourses();
		model.addAttribute("courses", courses);
		CourseVersion chosen = courses.stream()
			.filter(c -> c.courseId().toString().equals(course))
			.findFirst()
			.orElse(courses.isEmpty() ? null : courses.get(0));
		model.addAttribute("chosen", chosen);
		if (chosen == null) {
			return "training/coverage";
		}
		Coverage.Report report = coverage.of(chosen);
		Map<String, String> provinceNames = new HashMap<>();
		for (Province province : references.allProvinces()) {
			provinceNames.put(province.code(), province.name(locale));
		}
		Map<UUID, String> agencyNames = new HashMap<>();
		for (AgencyView agency : agencies.all()) {
			agencyNames.put(agency.id(), agency.name(locale));
		}
		Map<String, String> typeNames = new HashMap<>();
		report.groups().forEach(g -> typeNames.computeIfAbsent(g.agencyType(), t -> references.label(ReferenceList.AGENCY_TYPE, t, locale)));
		report.agencies().forEach(a -> typeNames.computeIfAbsent(a.agencyType(), t -> references.label(ReferenceList.AGENCY_TYPE, t, locale)));
		// Shaded by the share of the province's staff (in the course's audience) who completed it.
		Map<String, Long> shares = new HashMap<>();
		report.staffByProvince().forEach((code, staffCount) -> shares.put(code,
				Math.round(100.0 * report.completedByProvince().getOrDefault(code, 0L) / staffCount)));
		model.addAttribute("map", provinceMap.shade(shares, locale, null, code -> report.staffByProvince().containsKey(code)
				? messages.getMessage("training.coverage.mapLabel", new Object[] {
						report.completedByProvince().getOrDefault(code, 0L), report.staffByProvince().get(code), shares.get(code) },
						locale)
				: messages.getMessage("training.coverage.mapNoStaff", null, locale)));
		model.addAttribute("report", report);
		model.addAttribute("provinceNames", provinceNames);
		model.addAttribute("agencyNames", agencyNames);
		model.addAttribute("typeNames", typeNames);
		return "training/coverage";
	}

}
