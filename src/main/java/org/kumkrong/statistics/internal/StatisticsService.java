package org.kumkrong.statistics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kumkrong.reference.ProvinceMap;
import org.kumkrong.reference.ProvinceMapView;
import org.kumkrong.reference.ReferenceData;
import org.kumkrong.reference.ReferenceList;
import org.kumkrong.statistics.internal.FactCube.Aggregate;
import org.kumkrong.statistics.internal.FactCube.IntList;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The figures pages and exports show, computed from the facts in memory: the dashboard view (every indicator
 * under the filters, the selected one by month and by each dimension, the province map), and the fixed
 * groupings of the public page and the API. Every table is built exact only when the caller may see exact
 * counts and it stays on screen; otherwise under disclosure control.
 */
@Service
public class StatisticsService {

	/** The dimensions the dashboard breaks the selected indicator down by, in order. */
	static final List<Dimension> BREAKDOWNS = List.of(Dimension.OFFENCE, Dimension.AGE_BAND, Dimension.PLATFORM,
			Dimension.PROVINCE, Dimension.CHANNEL, Dimension.SEX, Dimension.AGENCY_TYPE, Dimension.DETAIL);

	private final FactMemory memory;

	private final ReferenceData references;

	private final ProvinceMap provinceMap;

	private final MessageSource messages;

	private final Clock clock;

	private final int k;

	StatisticsService(FactMemory memory, ReferenceData references, ProvinceMap provinceMap, MessageSource messages,
			Clock clock, @Value("${kumkrong.statistics.k:5}") int k) {
		this.memory = memory;
		this.references = references;
		this.provinceMap = provinceMap;
		this.messages = messages;
		this.clock = clock;
		if (k < 2) {
			throw new IllegalArgumentException("kumkrong.statistics.k must be at least 2");
		}
		this.k = k;
	}

	public int k() {
		return k;
	}

	public Figures figures(Locale locale) {
		return new Figures(messages, locale, k);
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(FactProjector.ZONE));
	}

	public DashboardRequest request(Map<String, String> params) {
		return DashboardRequest.parse(params, today());
	}

	/** The dashboard: indicator cards, the selected indicator's trend, breakdowns and map. */
	public DashboardView dashboard(DashboardRequest request, boolean exact, Locale locale) {
		FactCube cube = memory.cube();
		Aggregate aggregate = cube.aggregate(new FactCube.Query(request.from(), request.to(), request.filters(),
				request.selected(), null));
		Figures figures = figures(locale);
		List<DashboardView.Card> cards = new ArrayList<>();
		for (Indicator indicator : Indicator.values()) {
			int i = indicator.ordinal();
			String value;
			if (!aggregate.available[i]) {
				value = null;
			}
			else if (indicator.kind().median()) {
				value = aggregate.amounts[i].size() < k && !exact ? figures.withheld() : figures.median(aggregate.amounts[i].median());
			}
			else {
				long count = aggregate.totals[i];
				value = !exact && count >= 1 && count < k ? "< " + k : figures.count(count);
			}
			cards.add(new DashboardView.Card(indicator, label(indicator, locale), aggregate.available[i], value,
					indicator == request.selected(), request.with("indicator", indicator.slug())));
		}
		Indicator selected = request.selected();
		boolean median = selected.kind().median();
		List<YearMonth> months = months(request.from(), request.to());
		List<String> monthLabels = months.stream().map(YearMonth::toString).toList();
		StatTable trend = StatTable.list(message("statistics.trend.title", locale, label(selected, locale)),
				monthLabels, monthLabels, message(median ? "statistics.column.measured" : "statistics.column.count", locale),
				aggregate.byMonth, k, exact);
		List<String> trendMedians = median ? medians(aggregate.monthAmounts, trend, exact) : null;
		Charts.Chart trendChart = Charts.trend(monthLabels, chartValues(trend, trendMedians),
				chartTexts(trend, trendMedians, figures));
		List<DashboardView.Breakdown> breakdowns = new ArrayList<>();
		ProvinceMapView map = null;
		if (aggregate.available[selected.ordinal()]) {
			for (Dimension dimension : BREAKDOWNS) {
				// A filtered dimension has one value left, so it is not broken down again, except the province: the
				// map then shows the chosen province among the others.
				if (!selected.has(dimension) || (request.filters().containsKey(dimension) && dimension != Dimension.PROVINCE)) {
					continue;
				}
				// Every code of the dimension, then "not recorded" (facts without it), so the rows add up to the total.
				List<String> codes = new ArrayList<>(codes(dimension, cube));
				codes.add(null);
				long[] counts = new long[codes.size()];
				IntList[] amounts = median ? new IntList[codes.size()] : null;
				for (int c = 0; c < codes.size(); c++) {
					short id = codes.get(c) == null ? 0 : cube.id(dimension, codes.get(c));
					if (id >= 0 && id < aggregate.byDimension[dimension.ordinal()].length) {
						counts[c] = aggregate.byDimension[dimension.ordinal()][id];
						if (median) {
							amounts[c] = aggregate.dimensionAmounts[dimension.ordinal()][id];
						}
					}
					else if (median) {
						amounts[c] = new IntList();
					}
				}
				List<String> labels = codes.stream().map(code -> label(dimension, code, locale)).toList();
				StatTable table = StatTable.list(message(dimension.messageKey(), locale), codes, labels,
						message(median ? "statistics.column.measured" : "statistics.column.count", locale), counts, k, exact);
				List<String> medianTexts = median ? medians(amounts, table, exact) : null;
				List<Integer> rows = table.nonEmptyRows();
				Charts.Chart chart = Charts.horizontal(rows.stream().map(labels::get).toList(),
						pick(chartValues(table, medianTexts), rows), pick(chartTexts(table, medianTexts, figures), rows));
				breakdowns.add(new DashboardView.Breakdown(dimension, message(dimension.messageKey(), locale), table,
						medianTexts, rows, chart));
				if (dimension == Dimension.PROVINCE) {
					map = provinceMap(table, medianTexts, figures, request, locale);
				}
			}
		}
		return new DashboardView(request, exact, figures, cards, selected, label(selected, locale),
				aggregate.available[selected.ordinal()], trend, trendMedians, trendChart, breakdowns, map,
				filterFields(request, locale), cube.size());
	}

	private ProvinceMapView provinceMap(StatTable table, List<String> medianTexts, Figures figures,
			DashboardRequest request, Locale locale) {
		Map<String, Long> values = new java.util.HashMap<>();
		Map<String, String> texts = new java.util.HashMap<>();
		for (int r = 0; r < table.rows(); r++) {
			StatTable.Cell cell = table.cell(r, 0);
			String code = table.rowCodes().get(r);
			if (code == null) {
				continue;
			}
			if (medianTexts != null) {
				// A withheld median (null) is shaded as withheld, never by its value.
				String text = medianTexts.get(r);
				texts.put(code, text == null ? figures.withheld() : text);
				values.put(code, text == null ? null : parseMedian(text));
			}
			else {
				values.put(code, cell.publishedValue());
				texts.put(code, figures.text(cell));
			}
		}
		return provinceMap.shade(values, locale, code -> "/statistics/dashboard" + request.with("province", code),
				texts::get);
	}

	private static Long parseMedian(String text) {
		if ("–".equals(text)) {
			return 0L;
		}
		try {
			return Math.round(Double.parseDouble(text));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** Medians per row: withheld (in a published view) when fewer than k durations were measured. */
	private List<String> medians(IntList[] amounts, StatTable table, boolean exact) {
		List<String> texts = new ArrayList<>();
		Figures figures = new Figures(messages, Locale.ENGLISH, k);
		for (int r = 0; r < amounts.length; r++) {
			IntList list = amounts[r];
			if (list == null || list.size() == 0) {
				texts.add("–");
			}
			else if (!exact && (list.size() < k || !table.cell(r, 0).shown())) {
				texts.add(null);
			}
			else {
				texts.add(figures.median(list.median()));
			}
		}
		return texts;
	}

	private static List<Double> chartValues(StatTable table, List<String> medians) {
		List<Double> values = new ArrayList<>();
		for (int r = 0; r < table.rows(); r++) {
			if (medians != null) {
				String text = medians.get(r);
				values.add(text == null || text.equals("–") ? null : Double.valueOf(text));
			}
			else {
				Long value = table.cell(r, 0).publishedValue();
				values.add(value == null ? null : value.doubleValue());
			}
		}
		return values;
	}

	private static List<String> chartTexts(StatTable table, List<String> medians, Figures figures) {
		List<String> texts = new ArrayList<>();
		for (int r = 0; r < table.rows(); r++) {
			if (medians != null) {
				String text = medians.get(r);
				texts.add(text == null ? figures.withheld() : text);
			}
			else {
				texts.add(figures.text(table.cell(r, 0)));
			}
		}
		return texts;
	}

	private static <T> List<T> pick(List<T> list, List<Integer> rows) {
		return rows.stream().map(list::get).toList();
	}

	static List<YearMonth> months(LocalDate from, LocalDate to) {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

	/** The codes a dimension can take: the reference list's (inactive ones too), then any others facts carry. */
	List<String> codes(Dimension dimension, FactCube cube) {
		List<String> codes = new ArrayList<>();
		switch (dimension) {
			case PROVINCE -> references.allProvinces().forEach(p -> codes.add(p.code()));
			case OFFENCE -> references.allEntries(ReferenceList.OFFENCE).forEach(e -> codes.add(e.code()));
			case AGE_BAND -> references.allEntries(ReferenceList.AGE_BAND).forEach(e -> codes.add(e.code()));
			case SEX -> references.allEntries(ReferenceList.SEX).forEach(e -> codes.add(e.code()));
			case AGENCY_TYPE -> references.allEntries(ReferenceList.AGENCY_TYPE).forEach(e -> codes.add(e.code()));
			case PLATFORM -> references.allEntries(ReferenceList.PLATFORM).forEach(e -> codes.add(e.code()));
			case CHANNEL -> codes.addAll(List.of("PUBLIC", "PARTNER"));
			case DETAIL -> {
			}
		}
		for (String code : cube.codes(dimension)) {
			if (!codes.contains(code)) {
				codes.add(code);
			}
		}
		return codes;
	}

	/** The options of the dashboard's filter fields, with the current choice. */
	private List<DashboardView.FilterField> filterFields(DashboardRequest request, Locale locale) {
		List<DashboardView.FilterField> fields = new ArrayList<>();
		FactCube cube = memory.cube();
		for (Dimension dimension : List.of(Dimension.PROVINCE, Dimension.OFFENCE, Dimension.CHANNEL, Dimension.PLATFORM,
				Dimension.AGE_BAND, Dimension.SEX, Dimension.AGENCY_TYPE)) {
			List<DashboardView.Option> options = codes(dimension, cube).stream()
				.map(code -> new DashboardView.Option(code, label(dimension, code, locale)))
				.toList();
			fields.add(new DashboardView.FilterField(dimension.param(), message(dimension.messageKey(), locale), options,
					request.filters().get(dimension)));
		}
		return fields;
	}

	public String label(Indicator indicator, Locale locale) {
		return message(indicator.messageKey() + ".name", locale);
	}

	/** A code's label in a dimension, in the locale's language. */
	public String label(Dimension dimension, String code, Locale locale) {
		if (code == null) {
			return message("statistics.notRecorded", locale);
		}
		return switch (dimension) {
			case PROVINCE -> references.provinceName(code, locale);
			case OFFENCE -> references.label(ReferenceList.OFFENCE, code, locale);
			case AGE_BAND -> references.label(ReferenceList.AGE_BAND, code, locale);
			case SEX -> references.label(ReferenceList.SEX, code, locale);
			case AGENCY_TYPE -> references.label(ReferenceList.AGENCY_TYPE, code, locale);
			case PLATFORM -> references.label(ReferenceList.PLATFORM, code, locale);
			case CHANNEL -> messages.getMessage("statistics.channel." + code, null, code, locale);
			case DETAIL -> detailLabel(code, locale);
		};
	}

	private String detailLabel(String code, Locale locale) {
		for (String prefix : List.of("referral.purpose.", "intake.screenOut.", "statistics.detail.", "account.role.")) {
			String label = messages.getMessage(prefix + code, null, null, locale);
			if (label != null) {
				return label;
			}
		}
		return code;
	}

	String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** Aggregates for one indicator over months, optionally crossed with one dimension (public page, API). */
	Aggregate aggregate(LocalDate from, LocalDate to, Indicator indicator, Dimension cross) {
		return memory.cube().aggregate(new FactCube.Query(from, to, new EnumMap<>(Dimension.class), indicator, cross));
	}

	FactCube cube() {
		return memory.cube();
	}

}
