package org.kumkrong.directory.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.kumkrong.directory.ServicePointView;
import org.kumkrong.directory.ServiceType;
import org.kumkrong.directory.internal.AgencyRegister;
import org.kumkrong.directory.internal.ServicePointInput;
import org.kumkrong.directory.internal.ServicePointRegister;
import org.kumkrong.directory.internal.ServicePointRegister.ServicePointNotFoundException;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.RuleViolationException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The directory's service points for staff ({@code /directory}): the list, one service point, the form,
 * CSV import and export. DIRECTORY_MANAGE keeps every agency's entries; DIRECTORY_MANAGE_OWN those of the
 * actor's own agency, and other agencies' edit pages answer 404 to them.
 */
@Controller
@RequestMapping("/directory")
class ServicePointController {

	static final List<String> FORM_FIELDS = List.of("agencyId", "nameTh", "nameEn", "type", "provinceCode", "district",
			"address", "latitude", "longitude", "phones", "hours", "languages", "minAge", "maxAge", "sex", "coverage",
			"verifiedOn", "verifiedBy", "active");

	private final ServicePointRegister points;

	private final AgencyRegister agencies;

	private final ServiceRows rows;

	ServicePointController(ServicePointRegister points, AgencyRegister agencies, ServiceRows rows) {
		this.points = points;
		this.agencies = agencies;
		this.rows = rows;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('DIRECTORY_VIEW')")
	String list(@RequestParam(name = "type", required = false) String type,
			@RequestParam(name = "province", required = false) String province, Locale locale, Model model) {
		ServiceType chosen = ServiceType.parse(type);
		String provinceCode = province == null || province.isBlank() ? null : province;
		List<ServicePointView> shown = provinceCode == null
				? points.all().stream().filter(point -> chosen == null || point.type() == chosen).toList()
				: points.serving(provinceCode, chosen == null ? List.of() : List.of(chosen));
		model.addAttribute("rows", shown.stream().map(point -> rows.row(point, locale)).toList());
		model.addAttribute("type", chosen == null ? "" : chosen.name());
		model.addAttribute("province", provinceCode == null ? "" : provinceCode);
		model.addAttribute("types", ServiceType.values());
		model.addAttribute("provinces", rows.provinces(locale));
		model.addAttribute("mayManage", mayManageAny());
		return "directory/services";
	}

	@GetMapping("/services/{id}")
	@PreAuthorize("hasAuthority('DIRECTORY_VIEW')")
	String detail(@PathVariable("id") UUID id, Locale locale, Model model) {
		ServicePointView point = points.require(id);
		model.addAttribute("point", rows.row(point, locale));
		model.addAttribute("mayEdit", mayEdit(point.agencyId()));
		return "directory/service";
	}

	@GetMapping("/services/new")
	@PreAuthorize("hasAnyAuthority('DIRECTORY_MANAGE', 'DIRECTORY_MANAGE_OWN')")
	String createForm(Locale locale, Model model) {
		var form = new ServicePointForm();
		form.setActive("true");
		form.setSex("ANY");
		ownAgencyOnly().ifPresent(own -> form.setAgencyId(own.toString()));
		model.addAttribute("form", form);
		return formPage(locale, model);
	}

	@GetMapping("/services/{id}/edit")
	@PreAuthorize("hasAnyAuthority('DIRECTORY_MANAGE', 'DIRECTORY_MANAGE_OWN')")
	String editForm(@PathVariable("id") UUID id, Locale locale, Model model) {
		ServicePointView point = points.require(id);
		if (!mayEdit(point.agencyId())) {
			throw new ServicePointNotFoundException();
		}
		model.addAttribute("form", ServicePointForm.of(input(point)));
		return formPage(locale, model);
	}

	@PostMapping("/services")
	@PreAuthorize("hasAnyAuthority('DIRECTORY_MANAGE', 'DIRECTORY_MANAGE_OWN')")
	String save(@ModelAttribute("form") ServicePointForm form, BindingResult binding, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (form.getActive() == null) {
			form.setActive("false");
		}
		try {
			UUID id = points.save(form.input(), ownAgencyOnly().orElse(null));
			redirect.addFlashAttribute("notice", "directory.notice.servicePointSaved");
			return "redirect:/directory/services/" + id;
		}
		catch (RuleViolationException ex) {
			if (ex.field() != null && FORM_FIELDS.contains(ex.field())) {
				binding.rejectValue(ex.field(), ex.messageKey());
			}
			else {
				binding.reject(ex.messageKey());
			}
			return formPage(locale, model);
		}
	}

	@GetMapping("/import")
	@PreAuthorize("hasAnyAuthority('DIRECTORY_MANAGE', 'DIRECTORY_MANAGE_OWN')")
	String importForm() {
		return "directory/import";
	}

	@PostMapping("/import")
	@PreAuthorize("hasAnyAuthority('DIRECTORY_MANAGE', 'DIRECTORY_MANAGE_OWN')")
	String importCsv(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "skipBadRows", defaultValue = "false") boolean skipBadRows, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "directory.error.fileRequired");
			return "directory/import";
		}
		try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			var result = points.importCsv(reader, skipBadRows, ownAgencyOnly().orElse(null));
			model.addAttribute("result", result);
			model.addAttribute("skipBadRows", skipBadRows);
		}
		return "directory/import";
	}

	@GetMapping("/export.csv")
	@PreAuthorize("hasAnyAuthority('DIRECTORY_MANAGE', 'DIRECTORY_MANAGE_OWN')")
	void export(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"service-points.csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		points.exportCsv(writer, ownAgencyOnly().orElse(null));
		writer.flush();
	}

	private String formPage(Locale locale, Model model) {
		var own = ownAgencyOnly();
		model.addAttribute("agencies", agencies.active().stream()
			.filter(agency -> own.isEmpty() || own.get().equals(agency.id()))
			.map(agency -> new ServiceRows.Option(agency.id().toString(), agency.name(locale)))
			.sorted(Comparator.comparing(ServiceRows.Option::label, ServiceRows.collator(locale)))
			.toList());
		model.addAttribute("types", ServiceType.values());
		model.addAttribute("provinces", rows.provinces(locale));
		model.addAttribute("fields", FORM_FIELDS);
		return "directory/service-form";
	}

	static ServicePointInput input(ServicePointView point) {
		return new ServicePointInput(point.id().toString(), point.agencyId().toString(), point.nameEn(), point.nameTh(),
				point.type().name(), point.provinceCode(), point.district(), point.address(),
				point.latitude() == null ? "" : point.latitude().toString(),
				point.longitude() == null ? "" : point.longitude().toString(), String.join("; ", point.phones()),
				point.hours(), point.languages(), point.minAge() == null ? "" : point.minAge().toString(),
				point.maxAge() == null ? "" : point.maxAge().toString(), point.sex(),
				point.national() ? "ALL" : String.join(" ", point.coverage()),
				point.verifiedOn() == null ? "" : point.verifiedOn().toString(), point.verifiedBy(),
				Boolean.toString(point.active()));
	}

	/** The actor's agency when they may keep only its entries; empty when they may keep all. */
	static java.util.Optional<UUID> ownAgencyOnly() {
		if (holds(Permission.DIRECTORY_MANAGE)) {
			return java.util.Optional.empty();
		}
		return Actor.current().map(Actor::agencyId).or(() -> java.util.Optional.of(new UUID(0, 0)));
	}

	static boolean mayManageAny() {
		return holds(Permission.DIRECTORY_MANAGE) || holds(Permission.DIRECTORY_MANAGE_OWN);
	}

	static boolean mayEdit(UUID agencyId) {
		if (holds(Permission.DIRECTORY_MANAGE)) {
			return true;
		}
		return holds(Permission.DIRECTORY_MANAGE_OWN)
				&& Actor.current().map(Actor::agencyId).map(own -> own.equals(agencyId)).orElse(false);
	}

	static boolean holds(Permission permission) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(permission.authority()::equals);
	}

}
