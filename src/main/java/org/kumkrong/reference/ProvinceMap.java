package org.kumkrong.reference;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The province map of Thailand, drawn on the server as SVG so it works without JavaScript: the GeoJSON in
 * {@code reference/thailand} projected once at start (equirectangular, scaled by the cosine of the middle
 * latitude). Pages shade it by a value per province ({@link #shade}), or draw it plain with markers placed by
 * {@link #project}; the fragment {@code reference/map :: provinceMap(map)} renders it with its legend and the
 * attribution the boundary data asks for. The same GeoJSON is served at {@value #GEOJSON_PATH} for the
 * optional Leaflet enhancement (no tile server).
 */
public interface ProvinceMap {

	/** Where the province outlines are served as GeoJSON (public, cached). */
	String GEOJSON_PATH = "/maps/thailand-provinces.geojson";

	/**
	 * A map shaded in five classes by {@code values} (province code → value). A province missing from the map
	 * or with 0 is class 0 (none); a province mapped to {@code null} is class {@code -1}, "withheld" (a
	 * suppressed count: it must not be shaded by its true value).
	 *
	 * @param href link for a province, or {@code null} for none (may return {@code null})
	 * @param label the text shown for a province's value (e.g. "12" or "< 5"); {@code null} → the value
	 */
	ProvinceMapView shade(Map<String, Long> values, Locale locale, Function<String, String> href,
			Function<String, String> label);

	/** The map without shading, provinces linked by {@code href} (may be {@code null}). */
	ProvinceMapView plain(Locale locale, Function<String, String> href);

	/** A point's position in the map's SVG coordinates. */
	ProvinceMapView.Point project(double latitude, double longitude);

}
