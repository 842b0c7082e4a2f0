package org.kumkrong.reference.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kumkrong.reference.ProvinceMapView;
import org.kumkrong.reference.ProvinceMapView.Region;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class SvgProvinceMapTests {

	private final SvgProvinceMap map = new SvgProvinceMap(new StaticMessageSource());

	@Test
	void drawsEveryProvinceOnceInsideTheViewBox() {
		ProvinceMapView view = map.plain(Locale.ENGLISH, null);
		assertThat(view.regions()).hasSize(77);
		assertThat(view.regions()).extracting(Region::code).doesNotHaveDuplicates().contains("TH-10", "TH-57", "TH-96");
		String[] box = view.viewBox().split(" ");
		double width = Double.parseDouble(box[2]);
		double height = Double.parseDouble(box[3]);
		assertThat(height).as("Thailand is taller than wide").isGreaterThan(width * 1.5);
		for (Region region : view.regions()) {
			assertThat(region.path()).startsWith("M").endsWith("Z");
			for (String number : region.path().split("[MLZ ]+")) {
				if (!number.isEmpty()) {
					assertThat(Double.parseDouble(number)).isBetween(0.0, height);
				}
			}
		}
	}

	@Test
	void placesKnownCitiesInTheirProvinces() {
		// Chiang Rai lies north of Bangkok, Phuket west and far south of it.
		var chiangRai = map.project(19.91, 99.83);
		var bangkok = map.project(13.75, 100.50);
		var phuket = map.project(7.88, 98.39);
		assertThat(chiangRai.y()).isLessThan(bangkok.y());
		assertThat(phuket.y()).isGreaterThan(bangkok.y());
		assertThat(phuket.x()).isLessThan(bangkok.x());
	}

	@Test
	void shadesByQuantilesAndNeverShadesAWithheldValue() {
		Map<String, Long> values = new HashMap<>();
		for (int i = 0; i < 40; i++) {
			values.put(map.plain(Locale.ENGLISH, null).regions().get(i).code(), (long) (i + 1) * 10);
		}
		values.put("TH-50", null);
		ProvinceMapView view = map.shade(values, new Locale("th"), code -> "/p/" + code, null);
		Map<String, Region> byCode = view.regions().stream().collect(Collectors.toMap(Region::code, r -> r));
		assertThat(byCode.get("TH-50").shade()).isEqualTo(-1);
		assertThat(byCode.get("TH-96").shade()).as("absent → none").isZero();
		assertThat(view.regions().stream().filter(r -> r.shade() > 0).mapToInt(Region::shade).max()).hasValue(5);
		assertThat(view.regions().stream().filter(r -> r.shade() == 1).count()).isEqualTo(8);
		assertThat(byCode.get("TH-10").href()).isEqualTo("/p/TH-10");
		assertThat(byCode.get("TH-10").name()).isEqualTo("กรุงเทพมหานคร");
		assertThat(view.legend()).hasSize(7);
	}

	@Test
	void fewDistinctValuesGetOneClassEach() {
		assertThat(SvgProvinceMap.breaks(Map.of("a", 3L, "b", 3L, "c", 7L, "d", 0L))).containsExactly(3, 7);
	}

}
