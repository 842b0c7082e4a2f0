package org.kumkrong.reference.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.kumkrong.reference.ProvinceMap;
import org.kumkrong.reference.ProvinceMapView;
import org.kumkrong.reference.ProvinceMapView.LegendEntry;
import org.kumkrong.reference.ProvinceMapView.Point;
import org.kumkrong.reference.ProvinceMapView.Region;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Projects the province GeoJSON once, at start, into SVG path data (one decimal of a 400-unit-wide view box,
 * about 2 km), and shades it per request. Polygons and multi-polygons, exterior and interior rings (the path
 * uses the even-odd rule, so holes stay holes).
 */
@Component
class SvgProvinceMap implements ProvinceMap {

	static final String GEOJSON = "reference/thailand/thailand-provinces.geojson";

	private static final double WIDTH = 400;

	private static final int CLASSES = 5;

	private final MessageSource messages;

	private final double minLon;

	private final double maxLat;

	private final double scale;

	private final double cosLat;

	private final String viewBox;

	/** Province code → [path, English name, Thai name], in the file's order (by code). */
	private final Map<String, String[]> shapes = new LinkedHashMap<>();

	SvgProvinceMap(MessageSource messages) {
		this.messages = messages;
		JsonNode root;
		try (InputStream in = new ClassPathResource(GEOJSON).getInputStream()) {
			root = JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The province map " + GEOJSON + " cannot be read", ex);
		}
		double[] bounds = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		for (JsonNode feature : root.get("features")) {
			forEachPoint(feature.get("geometry"), (lon, lat) -> {
				bounds[0] = Math.min(bounds[0], lon);
				bounds[1] = Math.min(bounds[1], lat);
				bounds[2] = Math.max(bounds[2], lon);
				bounds[3] = Math.max(bounds[3], lat);
			});
		}
		this.minLon = bounds[0];
		this.maxLat = bounds[3];
		this.cosLat = Math.cos(Math.toRadians((bounds[1] + bounds[3]) / 2));
		this.scale = WIDTH / ((bounds[2] - bounds[0]) * cosLat);
		double height = (bounds[3] - bounds[1]) * scale;
		this.viewBox = "0 0 " + (int) WIDTH + " " + (int) Math.ceil(height);
		for (JsonNode feature : root.get("features")) {
			JsonNode properties = feature.get("properties");
			shapes.put(properties.get("iso_code").asString(), new String[] { path(feature.get("geometry")),
					properties.get("name_en").asString(), properties.get("name_th").asString() });
		}
	}

	@Override
	public ProvinceMapView shade(Map<String, Long> values, Locale locale, Function<String, String> href,
			Function<String, String> label) {
		long[] breaks = breaks(values);
		List<Region> regions = new ArrayList<>(shapes.size());
		shapes.forEach((code, shape) -> {
			boolean present = values.containsKey(code);
			Long value = values.get(code);
			int shade = !present ? 0 : value == null ? -1 : shadeOf(value, breaks);
			String text = label != null ? label.apply(code) : null;
			if (text == null) {
				text = present && value == null ? message("reference.map.withheld", locale)
						: String.valueOf(value == null ? 0 : value);
			}
			regions.add(new Region(code, name(shape, locale), shape[0], shade, text, href == null ? null : href.apply(code)));
		});
		List<LegendEntry> legend = new ArrayList<>();
		legend.add(new LegendEntry(0, message("reference.map.none", locale)));
		long lower = 1;
		for (int i = 0; i < breaks.length; i++) {
			long upper = breaks[i];
			legend.add(new LegendEntry(i + 1, lower == upper ? String.valueOf(upper) : lower + "–" + upper));
			lower = upper + 1;
		}
		if (values.containsValue(null)) {
			legend.add(new LegendEntry(-1, message("reference.map.withheld", locale)));
		}
		return new ProvinceMapView(viewBox, regions, legend, List.of(), true);
	}

	@Override
	public ProvinceMapView plain(Locale locale, Function<String, String> href) {
		List<Region> regions = new ArrayList<>(shapes.size());
		shapes.forEach((code, shape) -> regions
			.add(new Region(code, name(shape, locale), shape[0], 0, null, href == null ? null : href.apply(code))));
		return new ProvinceMapView(viewBox, regions, List.of(), List.of(), false);
	}

	@Override
	public Point project(double latitude, double longitude) {
		return new Point(round((longitude - minLon) * cosLat * scale), round((maxLat - latitude) * scale));
	}

	/**
	 * The upper bound of each shade class over the positive values: with five or fewer distinct values one class
	 * each, otherwise quantiles (so a few very large provinces do not leave every other province pale).
	 */
	static long[] breaks(Map<String, Long> values) {
		long[] positive = values.values().stream().filter(Objects::nonNull).mapToLong(Long::longValue).filter(v -> v > 0)
			.sorted().toArray();
		long[] distinct = java.util.Arrays.stream(positive).distinct().toArray();
		if (distinct.length <= CLASSES) {
			return distinct;
		}
		List<Long> uppers = new ArrayList<>();
		for (int i = 1; i <= CLASSES; i++) {
			long upper = positive[Math.max(0, (int) Math.ceil(positive.length * i / (double) CLASSES) - 1)];
			if (uppers.isEmpty() || upper > uppers.get(uppers.size() - 1)) {
				uppers.add(upper);
			}
		}
		return uppers.stream().mapToLong(Long::longValue).toArray();
	}

	private static int shadeOf(long value, long[] breaks) {
		if (value <= 0) {
			return 0;
		}
		for (int i = 0; i < breaks.length; i++) {
			if (value <= breaks[i]) {
				return i + 1;
			}
		}
		return breaks.length;
	}

	private String path(JsonNode geometry) {
		StringBuilder d = new StringBuilder(4096);
		forEachRing(geometry, ring -> {
			String command = "M";
			for (JsonNode position : ring) {
				Point p = project(position.get(1).asDouble(), position.get(0).asDouble());
				d.append(command).append(format(p.x())).append(' ').append(format(p.y()));
				command = "L";
			}
			d.append('Z');
		});
		return d.toString();
	}

	private static void forEachRing(JsonNode geometry, java.util.function.Consumer<JsonNode> ring) {
		String type = geometry.get("type").asString();
		JsonNode coordinates = geometry.get("coordinates");
		if ("Polygon".equals(type)) {
			coordinates.forEach(ring);
		}
		else if ("MultiPolygon".equals(type)) {
			coordinates.forEach(polygon -> polygon.forEach(ring));
		}
		else {
			throw new IllegalStateException("Unexpected geometry in the province map: " + type);
		}
	}

	private interface LonLat {
		void accept(double lon, double lat);
	}

	private static void forEachPoint(JsonNode geometry, LonLat lonLat) {
		forEachRing(geometry, ring -> ring.forEach(position -> lonLat.accept(position.get(0).asDouble(), position.get(1).asDouble())));
	}

	private static String name(String[] shape, Locale locale) {
		return "th".equals(locale.getLanguage()) ? shape[2] : shape[1];
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static String format(double value) {
		long tenths = Math.round(value * 10);
		return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + Math.abs(tenths % 10);
	}

}
