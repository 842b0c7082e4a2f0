package org.kumkrong.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kumkrong.directory.ServicePointView;
import org.kumkrong.directory.ServiceType;
import org.kumkrong.directory.internal.ServicePointRegister;
import org.kumkrong.reference.ProvinceMap;
import org.kumkrong.reference.ProvinceMapView;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public help page: emergency numbers first, then — for the province the visitor chooses — the
 * services that serve it, grouped by kind, each with a phone link. Works without JavaScript (the province is
 * a plain GET form); with JavaScript, the visitor may sort the list by distance from where they are, computed
 * on the device: the location is never sent to the server.
 */
@Controller
class HelpController {

	/** The order in which kinds of service are shown to someone looking for help. */
	static final List<ServiceType> ORDER = List.of(ServiceType.HOTLINE, ServiceType.POLICE_CYBER_UNIT,
			ServiceType.SHELTER, ServiceType.COUNSELLING, ServiceType.POLICE_STATION, ServiceType.MEDICAL,
			ServiceType.LEGAL_AID, ServiceType.PROSECUTOR, ServiceType.COURT, ServiceType.CHILD_YOUTH_COUNCIL,
			ServiceType.SCHOOL, ServiceType.OTHER);

	private final ServicePointRegister points;

	private final ServiceRows rows;

	private final ProvinceMap maps;

	HelpController(ServicePointRegister points, ServiceRows rows, ProvinceMap maps) {
		this.points = points;
		this.rows = rows;
		this.maps = maps;
	}

	@GetMapping("/help")
	@PreAuthorize("permitAll()")
	String help(@RequestParam(name = "province", required = false) String province, Locale locale, Model model) {
		var provinces = rows.provinces(locale);
		String chosen = provinces.stream().anyMatch(option -> option.value().equals(province)) ? province : null;
		model.addAttribute("provinces", provinces);
		model.addAttribute("province", chosen == null ? "" : chosen);
		// The map shows where the chosen province is (shaded) and its services (dots). Its regions are not
		// links: links inside the map's role="img" drawing are nested interactive controls (axe), and the
		// province list above already chooses, without JavaScript.
		ProvinceMapView plain = maps.plain(locale, null);
		ProvinceMapView highlighted = new ProvinceMapView(plain.viewBox(), plain.regions().stream()
			.map(region -> region.code().equals(chosen)
					? new ProvinceMapView.Region(region.code(), region.name(), region.path(), 4, null, region.href())
					: region)
			.toList(), List.of(), List.of(), false);
		model.addAttribute("map", highlighted.withMarkers(
				chosen == null ? List.of() : points.serving(chosen, List.of()).stream()
					.filter(point -> point.latitude() != null && !point.national())
					.map(point -> {
						var at = maps.project(point.latitude(), point.longitude());
						return new ProvinceMapView.Marker(at.x(), at.y(), point.name(locale), "service", null);
					})
					.toList()));
		if (chosen != null) {
			List<ServicePointView> serving = points.serving(chosen, List.of());
			List<Group> groups = new ArrayList<>();
			for (ServiceType type : ORDER) {
				List<ServiceRows.ServiceRow> group = serving.stream()
					.filter(point -> point.type() == type)
					.map(point -> rows.row(point, locale))
					.toList();
				if (!group.isEmpty()) {
					groups.add(new Group(type.name(), group, false));
				}
				else if (type == ServiceType.SHELTER) {
					// No shelter serves this province: show the nearest ones rather than nothing.
					List<ServiceRows.ServiceRow> nearest = points.nearest(chosen, ServiceType.SHELTER, 2).stream()
						.map(point -> rows.row(point, locale))
						.toList();
					if (!nearest.isEmpty()) {
						groups.add(new Group(type.name(), nearest, true));
					}
				}
			}
			model.addAttribute("groups", groups);
			model.addAttribute("provinceName", provinces.stream().filter(o -> o.value().equals(chosen)).findFirst()
				.map(ServiceRows.Option::label).orElse(chosen));
		}
		return "directory/help";
	}

	/** Services of one kind; {@code nearby}: none serves the province, these are the nearest elsewhere. */
	record Group(String type, List<ServiceRows.ServiceRow> services, boolean nearby) {
	}

}
