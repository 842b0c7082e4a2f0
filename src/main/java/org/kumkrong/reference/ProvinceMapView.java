package org.kumkrong.reference;

import java.util.List;

/**
 * A province map ready to draw: the SVG view box, one region per province (path in view-box coordinates,
 * shade class, the text for its value, optional link), the legend, and optional markers.
 *
 * @param shaded whether the regions carry shade classes (then the legend explains them)
 */
public record ProvinceMapView(String viewBox, List<Region> regions, List<LegendEntry> legend, List<Marker> markers,
		boolean shaded) {

	public ProvinceMapView {
		regions = List.copyOf(regions);
		legend = List.copyOf(legend);
		markers = List.copyOf(markers);
	}

	/** Whether any province or marker is a link (the SVG is then a group of links, not one picture). */
	public boolean linked() {
		return regions.stream().anyMatch(region -> region.href() != null)
				|| markers.stream().anyMatch(marker -> marker.href() != null);
	}

	/** This map with these markers added. */
	public ProvinceMapView withMarkers(List<Marker> added) {
		List<Marker> all = new java.util.ArrayList<>(markers);
		all.addAll(added);
		return new ProvinceMapView(viewBox, regions, legend, all, shaded);
	}

	/**
	 * One province.
	 *
	 * @param shade 0 none, 1..5 light to dark, -1 withheld (suppressed)
	 * @param label the value as shown, or {@code null} on a plain map
	 */
	public record Region(String code, String name, String path, int shade, String label, String href) {

		/** The text of the region's tooltip and accessible name: name, and the value when there is one. */
		public String title() {
			return label == null ? name : name + ": " + label;
		}

		/** The CSS class of the shade. */
		public String shadeClass() {
			return shade < 0 ? "map-shade-withheld" : "map-shade-" + shade;
		}

	}

	/** A legend line: the shade class and the range of values it stands for, as text. */
	public record LegendEntry(int shade, String label) {

		public String shadeClass() {
			return shade < 0 ? "map-shade-withheld" : "map-shade-" + shade;
		}

	}

	/** A marker at a point, with its label, a kind (a CSS class suffix) and an optional link. */
	public record Marker(double x, double y, String label, String kind, String href) {
	}

	/** A position in the map's SVG coordinates. */
	public record Point(double x, double y) {
	}

}
