package org.kumkrong.statistics.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kumkrong.statistics.internal.FactCube.Aggregate;
import org.kumkrong.statistics.internal.FactCube.IntList;

import org.springframework.stereotype.Service;

/**
 * The fixed groupings published outside the staff dashboard — the public page and the statistics API — always
 * the same shapes (year, month of this year, year × one dimension), which limits what can be learnt by
 * differencing one answer against another. Tables are under disclosure control unless the caller may see exact
 * counts (the API for data analysts and administrators); totals that appear in two tables are pinned, so they
 * read the same in both.
 */
@Service
public class PublishedStatistics {

	/** How many years the public page and the API go back. */
	static final int YEARS = 5;

	private final StatisticsService statistics;

	private final org.kumkrong.reference.ProvinceMap provinceMap;

	PublishedStatistics(StatisticsService statistics, org.kumkrong.reference.ProvinceMap provinceMap) {
		this.statistics = statistics;
		this.provinceMap = provinceMap;
	}

	/** What the public page shows. */
	public record PublicView(List<Indicator> headline, StatTable byYear, StatTable thisYearByMonth, StatTable byOffence,
			StatTable byProvince, org.kumkrong.reference.ProvinceMapView map, Figures figures, LocalDate asOf) {
	}

	/** The public page per language, computed at most once a minute: anyone may ask for it, as often as they like. */
	private final Map<String, CachedView> cache = new java.util.concurrent.ConcurrentHashMap<>();

	private record CachedView(long madeAt, PublicView view) {
	}

	public PublicView publicView(Locale locale) {
		String key = locale.getLanguage();
		CachedView cached = cache.get(key);
		if (cached != null && System.nanoTime() - cached.madeAt() < java.util.concurrent.TimeUnit.MINUTES.toNanos(1)) {
			return cached.view();
		}
		PublicView view = computePublicView(locale);
		cache.put(key, new CachedView(System.nanoTime(), view));
		return view;
	}

	private PublicView computePublicView(Locale locale) {
		LocalDate today = statistics.today();
		int thisYear = today.getYear();
		List<Integer> years = new ArrayList<>();
		for (int y = thisYear - YEARS + 1; y <= thisYear; y++) {
			years.add(y);
		}
		List<Indicator> headline = Arrays.stream(Indicator.values()).filter(Indicator::headline).toList();
		LocalDate from = LocalDate.of(years.get(0), 1, 1);
		List<String> yearLabels = years.stream().map(String::valueOf).toList();
		int k = statistics.k();
		// Indicators × years (each figure alone).
		long[][] byYear = new long[headline.size()][years.size()];
		long[][] thisYear12 = new long[headline.size()][];
		for (int i = 0; i < headline.size(); i++) {
			Aggregate aggregate = statistics.aggregate(from, today, headline.get(i), null);
			byYear[i] = perYear(aggregate.byMonth, from, years.size());
			thisYear12[i] = Arrays.copyOfRange(aggregate.byMonth, aggregate.byMonth.length - today.getMonthValue(),
					aggregate.byMonth.length);
		}
		List<String> codes = headline.stream().map(Indicator::name).toList();
		List<String> labels = headline.stream().map(i -> statistics.label(i, locale)).toList();
		StatTable yearTable = StatTable.independent(statistics.message("statistics.public.byYear", locale), codes, labels,
				yearLabels, byYear, k, false);
		List<String> monthLabels = StatisticsService.months(LocalDate.of(thisYear, 1, 1), today).stream()
			.map(YearMonth::toString).toList();
		StatTable monthTable = StatTable.rows(statistics.message("statistics.public.thisYear", locale), codes, labels,
				monthLabels, thisYear12, k, false);
		StatTable offences = yearGrid(Indicator.REPORTS_RECEIVED, Dimension.OFFENCE, years, false, locale,
				statistics.message("statistics.public.byYearAndOffence", locale));
		StatTable provinces = yearGrid(Indicator.REPORTS_RECEIVED, Dimension.PROVINCE, years, false, locale,
				statistics.message("statistics.public.byYearAndProvince", locale));
		// This year's reports by province on the map: the published cells of the grid's last column only.
		Map<String, Long> values = new java.util.HashMap<>();
		Map<String, String> texts = new java.util.HashMap<>();
		Figures figures = statistics.figures(locale);
		int last = years.size() - 1;
		for (int r = 0; r < provinces.rows(); r++) {
			String code = provinces.rowCodes().get(r);
			if (code != null) {
				values.put(code, provinces.cell(r, last).publishedValue());
				texts.put(code, figures.text(provinces.cell(r, last)));
			}
		}
		return new PublicView(headline, yearTable, monthTable, offences, provinces,
				provinceMap.shade(values, locale, null, texts::get), figures, today);
	}

	/** Categories of {@code dimension} × years, with totals; the years' totals are pinned (published by year too). */
	StatTable yearGrid(Indicator indicator, Dimension dimension, List<Integer> years, boolean exact, Locale locale,
			String title) {
		LocalDate from = LocalDate.of(years.get(0), 1, 1);
		LocalDate to = LocalDate.of(years.get(years.size() - 1), 12, 31);
		Aggregate aggregate = statistics.aggregate(from, to, indicator, dimension);
		List<String> codes = new ArrayList<>(statistics.codes(dimension, statistics.cube()));
		codes.add(null);
		long[][] counts = new long[codes.size()][years.size()];
		for (int c = 0; c < codes.size(); c++) {
			short id = codes.get(c) == null ? 0 : statistics.cube().id(dimension, codes.get(c));
			for (int m = 0; m < aggregate.byMonth.length; m++) {
				int year = m / 12;
				if (id >= 0 && id < aggregate.byMonthAndDimension[m].length && year < years.size()) {
					counts[c][year] += aggregate.byMonthAndDimension[m][id];
				}
			}
		}
		return StatTable.grid(title, codes, codes.stream().map(code -> statistics.label(dimension, code, locale)).toList(),
				years.stream().map(String::valueOf).toList(), counts, statistics.k(), exact, true);
	}

	/** Months from January of the first year summed by year. */
	private static long[] perYear(long[] byMonth, LocalDate from, int years) {
		long[] sums = new long[years];
		for (int m = 0; m < byMonth.length; m++) {
			int year = m / 12;
			if (year < years) {
				sums[year] += byMonth[m];
			}
		}
		return sums;
	}

	/** The groupings the API offers. */
	public enum Grouping {
		YEAR, MONTH;
	}

	/**
	 * An API answer: the indicator by year or month over whole months, optionally by one dimension as well.
	 * Rows are keyed by period (and code); each carries the published count, and for a median indicator the
	 * median of the durations measured.
	 */
	public record Answer(Indicator indicator, YearMonth from, YearMonth to, Grouping grouping, Dimension by,
			boolean suppressed, int k, List<Map<String, Object>> rows, Map<String, Object> total) {
	}

	public Answer answer(Indicator indicator, YearMonth from, YearMonth to, Grouping grouping, Dimension by,
			boolean exact) {
		Figures figures = statistics.figures(Locale.ENGLISH);
		int k = statistics.k();
		Aggregate aggregate = statistics.aggregate(from.atDay(1), to.atEndOfMonth(), indicator, by);
		List<YearMonth> months = StatisticsService.months(from.atDay(1), to.atEndOfMonth());
		List<String> periods = new ArrayList<>();
		Map<String, List<Integer>> monthsOf = new LinkedHashMap<>();
		for (int m = 0; m < months.size(); m++) {
			String period = grouping == Grouping.YEAR ? String.valueOf(months.get(m).getYear()) : months.get(m).toString();
			monthsOf.computeIfAbsent(period, key -> new ArrayList<>()).add(m);
		}
		periods.addAll(monthsOf.keySet());
		List<Map<String, Object>> rows = new ArrayList<>();
		if (by == null) {
			long[] counts = new long[periods.size()];
			for (int p = 0; p < periods.size(); p++) {
				for (int m : monthsOf.get(periods.get(p))) {
					counts[p] += aggregate.byMonth[m];
				}
			}
			StatTable table = StatTable.list(indicator.name(), periods, periods, "count", counts, k, exact);
			for (int p = 0; p < periods.size(); p++) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put(grouping == Grouping.YEAR ? "year" : "month", periods.get(p));
				put(row, table.cell(p, 0), figures);
				rows.add(row);
			}
			Map<String, Object> total = new LinkedHashMap<>();
			put(total, table.grandTotal(), figures);
			if (indicator.kind().median()) {
				IntList all = aggregate.amounts[indicator.ordinal()];
				total.put("median", all.size() < k && !exact ? null : all.median());
			}
			return new Answer(indicator, from, to, grouping, null, !exact, k, rows, total);
		}
		List<String> codes = new ArrayList<>(statistics.codes(by, statistics.cube()));
		codes.add(null);
		long[][] counts = new long[codes.size()][periods.size()];
		for (int c = 0; c < codes.size(); c++) {
			short id = codes.get(c) == null ? 0 : statistics.cube().id(by, codes.get(c));
			for (int p = 0; p < periods.size(); p++) {
				for (int m : monthsOf.get(periods.get(p))) {
					if (id >= 0 && id < aggregate.byMonthAndDimension[m].length) {
						counts[c][p] += aggregate.byMonthAndDimension[m][id];
					}
				}
			}
		}
		if (by == Dimension.DETAIL) {
			// Detail codes are shared by indicators (reasons, purposes, roles): keep those this indicator has.
			List<String> kept = new ArrayList<>();
			List<long[]> keptCounts = new ArrayList<>();
			for (int c = 0; c < codes.size(); c++) {
				if (java.util.Arrays.stream(counts[c]).sum() > 0) {
					kept.add(codes.get(c));
					keptCounts.add(counts[c]);
				}
			}
			codes = kept;
			counts = keptCounts.toArray(long[][]::new);
		}
		StatTable table = StatTable.grid(indicator.name(), codes, codes, periods, counts, k, exact, true);
		for (int p = 0; p < periods.size(); p++) {
			for (int c = 0; c < codes.size(); c++) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put(grouping == Grouping.YEAR ? "year" : "month", periods.get(p));
				row.put(by.param(), codes.get(c));
				put(row, table.cell(c, p), figures);
				rows.add(row);
			}
		}
		Map<String, Object> total = new LinkedHashMap<>();
		put(total, table.grandTotal(), figures);
		return new Answer(indicator, from, to, grouping, by, !exact, k, rows, total);
	}

	private static void put(Map<String, Object> row, StatTable.Cell cell, Figures figures) {
		row.put("count", cell.publishedValue());
		row.put("display", cell.withheld() ? "withheld" : figures.text(cell));
		if (!cell.shown()) {
			row.put("suppression", cell.small() ? "SMALL" : "SECONDARY");
		}
	}

}
