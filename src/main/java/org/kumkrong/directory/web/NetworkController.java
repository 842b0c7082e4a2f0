package org.kumkrong.directory.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;

import org.kumkrong.directory.internal.AgencyRegister;
import org.kumkrong.directory.internal.CommunityNetworks;
import org.kumkrong.directory.internal.CommunityNetworks.ActivityKind;
import org.kumkrong.directory.internal.CommunityNetworks.MemberKind;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.reference.ReferenceData;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Community networks ({@code /directory/networks}): seen by DIRECTORY_VIEW; kept by directory managers and
 * working-group coordinators (who convene them).
 */
@Controller
@RequestMapping("/directory/networks")
class NetworkController {

	static final String KEEPERS = "hasAnyAuthority('DIRECTORY_MANAGE', 'COORDINATION_MANAGE')";

	private final CommunityNetworks networks;

	private final AgencyRegister agencies;

	private final ReferenceData references;

	private final ServiceRows rows;

	NetworkController(CommunityNetworks networks, AgencyRegister agencies, ReferenceData references, ServiceRows rows) {
		this.networks = networks;
		this.agencies = agencies;
		this.references = references;
		this.rows = rows;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('DIRECTORY_VIEW')")
	String list(Locale locale, Model model) {
		model.addAttribute("networks", networks.all().stream()
			.map(network -> new NetworkRow(network.id(), network.name(locale),
					references.provinceName(network.provinceCode(), locale), network.district(),
					networks.members(network.id()).size()))
			.sorted(Comparator.comparing(NetworkRow::province, ServiceRows.collator(locale)))
			.toList());
		model.addAttribute("provinces", rows.provinces(locale));
		model.addAttribute("mayKeep", keeper());
		return "directory/networks";
	}

	@PostMapping
	@PreAuthorize(KEEPERS)
	String create(@RequestParam(name = "provinceCode", required = false) String provinceCode,
			@RequestParam(name = "district", required = false) String district,
			@RequestParam(name = "nameTh", required = false) String nameTh,
			@RequestParam(name = "nameEn", required = false) String nameEn,
			@RequestParam(name = "description", required = false) String description, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			UUID id = networks.create(provinceCode, district, nameEn, nameTh, description);
			redirect.addFlashAttribute("notice", "directory.notice.networkCreated");
			return "redirect:/directory/networks/" + id;
		}
		catch (RuleViolationException ex) {
			model.addAttribute("error", ex);
			model.addAttribute("draft", new NetworkDraft(provinceCode, district, nameTh, nameEn, description));
			return list(locale, model);
		}
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('DIRECTORY_VIEW')")
	String detail(@PathVariable("id") UUID id, Locale locale, Model model) {
		var network = networks.require(id);
		model.addAttribute("network", network);
		model.addAttribute("networkName", network.name(locale));
		model.addAttribute("province", references.provinceName(network.provinceCode(), locale));
		model.addAttribute("members", networks.members(id).stream()
			.map(member -> new MemberRow(member.kind().name(),
					member.agencyId() == null ? member.name() : agencies.name(member.agencyId(), locale),
					member.contactRole()))
			.toList());
		model.addAttribute("activities", networks.activities(id));
		model.addAttribute("memberKinds", MemberKind.values());
		model.addAttribute("activityKinds", ActivityKind.values());
		model.addAttribute("agencies", agencies.active().stream()
			.map(agency -> new ServiceRows.Option(agency.id().toString(), agency.name(locale)))
			.sorted(Comparator.comparing(ServiceRows.Option::label, ServiceRows.collator(locale)))
			.toList());
		model.addAttribute("mayKeep", keeper());
		return "directory/network";
	}

	@PostMapping("/{id}/members")
	@PreAuthorize(KEEPERS)
	String addMember(@PathVariable("id") UUID id, @RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "agencyId", required = false) String agencyId,
			@RequestParam(name = "name", required = false) String name,
			@RequestParam(name = "contactRole", required = false) String contactRole, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			networks.addMember(id, parse(MemberKind.class, kind), uuid(agencyId), name, contactRole,
					agencies.all().stream().map(a -> a.id()).collect(java.util.stream.Collectors.toSet()));
		}
		catch (RuleViolationException ex) {
			model.addAttribute("memberError", ex);
			return detail(id, locale, model);
		}
		redirect.addFlashAttribute("notice", "directory.notice.memberAdded");
		return "redirect:/directory/networks/" + id;
	}

	@PostMapping("/{id}/activities")
	@PreAuthorize(KEEPERS)
	String addActivity(@PathVariable("id") UUID id, @RequestParam(name = "activityKind", required = false) String kind,
			@RequestParam(name = "heldOn", required = false) String heldOn,
			@RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "notes", required = false) String notes, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			networks.recordActivity(id, parse(ActivityKind.class, kind), date(heldOn), title, notes);
		}
		catch (RuleViolationException ex) {
			model.addAttribute("activityError", ex);
			return detail(id, locale, model);
		}
		redirect.addFlashAttribute("notice", "directory.notice.activityRecorded");
		return "redirect:/directory/networks/" + id;
	}

	private static boolean keeper() {
		return ServicePointController.holds(org.kumkrong.platform.Permission.DIRECTORY_MANAGE)
				|| ServicePointController.holds(org.kumkrong.platform.Permission.COORDINATION_MANAGE);
	}

	private static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static UUID uuid(String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	record NetworkRow(UUID id, String name, String province, String district, int members) {
	}

	record MemberRow(String kind, String name, String contactRole) {
	}

	record NetworkDraft(String provinceCode, String district, String nameTh, String nameEn, String description) {
	}

}
