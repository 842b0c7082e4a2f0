package org.kumkrong.casework.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.kumkrong.casework.CasePriority;
import org.kumkrong.casework.CaseStatus;
import org.kumkrong.casework.internal.search.CaseQuery;
import org.kumkrong.casework.internal.search.CaseSearch;
import org.kumkrong.casework.internal.search.SavedSearches;
import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.reference.ReferenceData;
import org.kumkrong.reference.ReferenceList;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The case list and search ({@code /cases}): every filter travels in the URL, so a search can be
 * bookmarked, shared with a colleague (who sees only what their own agency may) or saved by name.
 * Without any filter it lists the agency's cases, most recently changed first.
 */
@Controller
class CaseSearchController {

	private static final String VIEW = "hasAuthority('CASE_VIEW')";

	private final CaseSearch search;

	private final SavedSearches savedSearches;

	private final Agencies agencies;

	private final ReferenceData references;

	CaseSearchController(CaseSearch search, SavedSearches savedSearches, Agencies agencies, ReferenceData references) {
		this.search = search;
		this.savedSearches = savedSearches;
		this.agencies = agencies;
		this.references = references;
	}

	/** A row of the result list as shown. */
	record CaseRow(UUID id, String reference, String title, CaseStatus status, CasePriority priority, String ownerAgency,
			String province, LocalDate openedOn) {
	}

	@GetMapping("/cases")
	@PreAuthorize(VIEW)
	String cases(@RequestParam Map<String, String> parameters, Locale locale, Model model) {
		CaseQuery.Parsed parsed = CaseQuery.parse(parameters);
		model.addAttribute("filter", parsed.values());
		model.addAttribute("problems", parsed.problems());
		List<AgencyView> allAgencies = agencies.all();
		if (parsed.valid()) {
			int page = page(parameters.get("page"));
			var hits = search.search(parsed.query(), page);
			Map<UUID, String> names = new HashMap<>();
			allAgencies.forEach(agency -> names.put(agency.id(), agency.name(locale)));
			model.addAttribute("rows", hits.hits().stream()
				.map(hit -> new CaseRow(hit.id(), hit.reference(), hit.title(), hit.status(), hit.priority(),
						names.get(hit.ownerAgencyId()),
						hit.provinceCode() == null ? null : references.provinceName(hit.provinceCode(), locale),
						hit.openedAt() == null ? null : hit.openedAt().atZone(java.time.ZoneId.of("Asia/Bangkok")).toLocalDate()))
				.toList());
			model.addAttribute("hits", hits);
			String queryString = parsed.query().toQueryString();
			model.addAttribute("queryString", queryString);
			model.addAttribute("previousPage", hits.page() > 1 ? pageLink(queryString, hits.page() - 1) : null);
			model.addAttribute("nextPage", hits.hasNext() ? pageLink(queryString, hits.page() + 1) : null);
			model.addAttribute("filtered", !parsed.query().empty());
		}
		model.addAttribute("savedSearches", savedSearches.mine());
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("priorities", CasePriority.values());
		model.addAttribute("offences", references.entries(ReferenceList.OFFENCE));
		model.addAttribute("platforms", references.entries(ReferenceList.PLATFORM));
		model.addAttribute("provinces", references.provinces());
		model.addAttribute("agencies", allAgencies);
		return "casework/search";
	}

	@PostMapping("/cases/saved-searches")
	@PreAuthorize(VIEW)
	String save(@RequestParam(name = "name", required = false) String name,
			@RequestParam(name = "query", required = false) String query, RedirectAttributes redirect) {
		// Only the known filters are kept, re-encoded: a saved search is never more than a /cases query.
		CaseQuery.Parsed parsed = CaseQuery.parse(parameters(query));
		String back = redirectTo(parsed.query().toQueryString());
		if (!parsed.valid()) {
			redirect.addFlashAttribute("saveError", "casework.search.error.invalid");
			return back;
		}
		try {
			savedSearches.save(name, parsed.query());
			redirect.addFlashAttribute("notice", "casework.search.saved");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("saveError", ex.messageKey());
			redirect.addFlashAttribute("saveErrorArguments", ex.arguments());
			redirect.addFlashAttribute("saveName", name);
		}
		return back;
	}

	@PostMapping("/cases/saved-searches/{id}/delete")
	@PreAuthorize(VIEW)
	String delete(@PathVariable("id") UUID id, RedirectAttributes redirect) {
		savedSearches.delete(id);
		redirect.addFlashAttribute("notice", "casework.search.deleted");
		return "redirect:/cases";
	}

	private static String redirectTo(String queryString) {
		return queryString.isEmpty() ? "redirect:/cases" : "redirect:/cases?" + queryString;
	}

	private static String pageLink(String queryString, int page) {
		return "/cases?" + (queryString.isEmpty() ? "" : queryString + "&") + "page=" + page;
	}

	private static int page(String value) {
		try {
			return value == null ? 1 : Math.max(1, Math.min(CaseSearch.MAX_PAGE, Integer.parseInt(value.strip())));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private static Map<String, String> parameters(String query) {
		Map<String, String> values = new HashMap<>();
		if (query == null || query.isBlank() || query.length() > 2000) {
			return values;
		}
		UriComponentsBuilder.newInstance().query(query).build().getQueryParams().forEach((name, list) -> {
			if (!list.isEmpty() && list.get(0) != null) {
				values.put(name, java.net.URLDecoder.decode(list.get(0), java.nio.charset.StandardCharsets.UTF_8));
			}
		});
		return values;
	}

}
