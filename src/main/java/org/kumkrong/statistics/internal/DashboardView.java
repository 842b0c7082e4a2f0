package org.kumkrong.statistics.internal;

import java.util.List;

import org.kumkrong.reference.ProvinceMapView;

/**
 * Everything the dashboard page (and its exports) shows for one request.
 *
 * @param exact whether counts are exact (on screen, for those who may) or under disclosure control
 * @param trendMedians for a median indicator, the median of each month (null: withheld); null otherwise
 * @param facts how many facts the read model holds
 */
public record DashboardView(DashboardRequest request, boolean exact, Figures figures, List<Card> cards,
		Indicator selected, String selectedLabel, boolean selectedAvailable, StatTable trend, List<String> trendMedians,
		Charts.Chart trendChart, List<Breakdown> breakdowns, ProvinceMapView map, List<FilterField> filterFields,
		long facts) {

	/** One indicator's headline figure; {@code value} is null when the filters do not apply to it. */
	public record Card(Indicator indicator, String label, boolean available, String value, boolean selected,
			String href) {
	}

	/** The selected indicator by one dimension: its table, medians (median indicators), rows shown, chart. */
	public record Breakdown(Dimension dimension, String title, StatTable table, List<String> medians,
			List<Integer> rows, Charts.Chart chart) {
	}

	public record FilterField(String param, String label, List<Option> options, String selected) {
	}

	public record Option(String code, String label) {
	}

}
