package org.kumkrong.directory.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kumkrong.directory.ServicePointView;
import org.kumkrong.directory.ServiceType;
import org.kumkrong.directory.internal.ServicePointRegister;
import org.kumkrong.reference.ProvinceMap;
import org.kumkrong.reference.ProvinceMapView;
import org.kumkrong.reference.ReferenceData;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff service map ({@code /directory/map}): for one kind of service, each province shaded by how many
 * active service points of that kind serve it, with a marker where each one is; and the coverage gaps — the
 * provinces no shelter, no police cyber unit and no counselling service serves. The same numbers stand in a
 * table for those who do not read maps.
 */
@Controller
class ServiceMapController {

	/** The kinds of service every province needs; a province without one is a gap. */
	static final List<ServiceType> ESSENTIAL = List.of(ServiceType.SHELTER, ServiceType.POLICE_CYBER_UNIT,
			ServiceType.COUNSELLING);

	private final ServicePointRegister points;

	private final ProvinceMap maps;

	private final ReferenceData references;

	private final MessageSource messages;

	ServiceMapController(ServicePointRegister points, ProvinceMap maps, ReferenceData references, MessageSource messages) {
		this.points = points;
		this.maps = maps;
		this.references = references;
		this.messages = messages;
	}

	@GetMapping("/directory/map")
	@PreAuthorize("hasAuthority('DIRECTORY_VIEW')")
	String map(@RequestParam(name = "type", required = false) String type, Locale locale, Model model) {
		ServiceType chosen = ServiceType.parse(type) == null ? ServiceType.SHELTER : ServiceType.parse(type);
		List<ServicePointView> ofType = points.all().stream().filter(p -> p.active() && p.type() == chosen).toList();
		Map<String, Long> serving = new LinkedHashMap<>();
		for (var province : references.provinces()) {
			long count = ofType.stream().filter(point -> point.serves(province.code())).count();
			serving.put(province.code(), count);
		}
		// No links inside the drawing (role="img" may not hold interactive controls); the table below links each
		// province to its list.
		ProvinceMapView map = maps.shade(serving, locale, null, null)
			.withMarkers(ofType.stream()
				.filter(point -> point.latitude() != null)
				.map(point -> {
					var at = maps.project(point.latitude(), point.longitude());
					return new ProvinceMapView.Marker(at.x(), at.y(), point.name(locale), "service", null);
				})
				.toList());
		model.addAttribute("map", map);
		model.addAttribute("mapLabel", messages.getMessage("directory.map.label",
				new Object[] { messages.getMessage("directory.serviceType." + chosen.name(), null, locale) }, locale));
		model.addAttribute("type", chosen.name());
		model.addAttribute("types", ServiceType.values());
		model.addAttribute("rows", references.provinces().stream()
			.map(province -> new ProvinceRow(province.code(), province.name(locale), serving.getOrDefault(province.code(), 0L)))
			.sorted(java.util.Comparator.comparing(ProvinceRow::name, ServiceRows.collator(locale)))
			.toList());
		Map<String, List<String>> gaps = new LinkedHashMap<>();
		for (ServiceType essential : ESSENTIAL) {
			gaps.put(essential.name(), points.gaps(essential).stream()
				.map(code -> references.provinceName(code, locale))
				.sorted(ServiceRows.collator(locale))
				.toList());
		}
		model.addAttribute("gaps", gaps);
		model.addAttribute("provinceCount", references.provinces().size());
		return "directory/map";
	}

	record ProvinceRow(String code, String name, long serving) {
	}

}
