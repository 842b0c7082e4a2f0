package org.kumkrong.statistics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts in memory, column by column (one small integer per dimension code), so that any filter combination
 * over a million facts is one pass over a few primitive arrays — the same speed on H2 and PostgreSQL, because
 * the database is only read at start and for new facts. Appends and updates are made by one thread at a time
 * ({@link FactMemory}); readers take a snapshot of the columns and their size and never lock.
 */
final class FactCube {

	static final int DIMENSIONS = Dimension.values().length;

	static final int INDICATORS = Indicator.values().length;

	private static final Indicator[] INDICATOR_VALUES = Indicator.values();

	/** Per dimension: code → id (from 1; 0 means "not recorded"), and id → code. */
	private final List<Map<String, Short>> ids = new ArrayList<>();

	private final List<List<String>> codes = new ArrayList<>();

	private volatile Columns columns = new Columns(1024);

	FactCube() {
		for (int d = 0; d < DIMENSIONS; d++) {
			ids.add(new java.util.concurrent.ConcurrentHashMap<>());
			List<String> names = new ArrayList<>();
			names.add(null);
			codes.add(names);
		}
	}

	/** The arrays and how many rows are filled; replaced (not mutated in size) when it grows. */
	static final class Columns {

		final long[] seq;

		final byte[] indicator;

		final int[] day;

		final int[] amount;

		final short[][] dims;

		volatile int size;

		Columns(int capacity) {
			seq = new long[capacity];
			indicator = new byte[capacity];
			day = new int[capacity];
			amount = new int[capacity];
			dims = new short[DIMENSIONS][capacity];
		}

		Columns grow(int capacity) {
			Columns bigger = new Columns(capacity);
			System.arraycopy(seq, 0, bigger.seq, 0, size);
			System.arraycopy(indicator, 0, bigger.indicator, 0, size);
			System.arraycopy(day, 0, bigger.day, 0, size);
			System.arraycopy(amount, 0, bigger.amount, 0, size);
			for (int d = 0; d < DIMENSIONS; d++) {
				System.arraycopy(dims[d], 0, bigger.dims[d], 0, size);
			}
			bigger.size = size;
			return bigger;
		}

	}

	int size() {
		return columns.size;
	}

	long lastSeq() {
		Columns c = columns;
		return c.size == 0 ? 0 : c.seq[c.size - 1];
	}

	/** The id of a code in a dimension, or -1 when no fact has it (a filter on it matches nothing). */
	short id(Dimension dimension, String code) {
		Short id = ids.get(dimension.ordinal()).get(code);
		return id == null ? -1 : id;
	}

	/** The codes of a dimension by id (index 0 is null). */
	List<String> codes(Dimension dimension) {
		List<String> list = codes.get(dimension.ordinal());
		synchronized (list) {
			return List.copyOf(list.subList(1, list.size()));
		}
	}

	/** Adds or, when its sequence number is known, overwrites one fact read from {@code statistics_fact}. */
	void put(ResultSet rs) throws SQLException {
		long seq = rs.getLong("seq");
		Columns c = columns;
		int row = c.size > 0 && seq <= c.seq[c.size - 1] ? Arrays.binarySearch(c.seq, 0, c.size, seq) : -(c.size + 1);
		if (row < 0) {
			int insertAt = -row - 1;
			if (insertAt != c.size) {
				throw new IllegalStateException("Fact " + seq + " arrived out of order");
			}
			if (c.size == c.seq.length) {
				c = c.grow(c.seq.length * 2);
				columns = c;
			}
			row = c.size;
		}
		c.seq[row] = seq;
		c.indicator[row] = (byte) Indicator.valueOf(rs.getString("indicator")).ordinal();
		c.day[row] = (int) rs.getDate("occurred_on").toLocalDate().toEpochDay();
		int amount = rs.getInt("amount");
		c.amount[row] = rs.wasNull() ? -1 : amount;
		for (Dimension dimension : Dimension.values()) {
			c.dims[dimension.ordinal()][row] = intern(dimension, rs.getString(dimension.column()));
		}
		if (row == c.size) {
			c.size = row + 1;
		}
	}

	boolean contains(long seq) {
		Columns c = columns;
		return Arrays.binarySearch(c.seq, 0, c.size, seq) >= 0;
	}

	void clear() {
		columns = new Columns(1024);
	}

	private short intern(Dimension dimension, String code) {
		if (code == null) {
			return 0;
		}
		Map<String, Short> map = ids.get(dimension.ordinal());
		Short id = map.get(code);
		if (id == null) {
			List<String> list = codes.get(dimension.ordinal());
			synchronized (list) {
				if (list.size() >= Short.MAX_VALUE) {
					throw new IllegalStateException("Too many codes in " + dimension);
				}
				id = (short) list.size();
				list.add(code);
			}
			map.put(code, id);
		}
		return id;
	}

	/**
	 * One pass: every indicator's total (or median) under the filters, and for one selected indicator its
	 * figures by month and by every dimension, and optionally by month × one dimension.
	 */
	Aggregate aggregate(Query query) {
		Columns c = columns;
		int size = c.size;
		int from = (int) query.from().toEpochDay();
		int to = (int) query.to().toEpochDay();
		LocalDate firstMonth = query.from().withDayOfMonth(1);
		int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(firstMonth, query.to().withDayOfMonth(1)) + 1;
		int[] monthOfDay = new int[to - from + 1];
		for (int d = 0; d < monthOfDay.length; d++) {
			LocalDate date = LocalDate.ofEpochDay(from + d);
			monthOfDay[d] = (date.getYear() - firstMonth.getYear()) * 12 + date.getMonthValue() - firstMonth.getMonthValue();
		}
		int[] filterDims = new int[DIMENSIONS];
		short[] filterIds = new short[DIMENSIONS];
		int filters = 0;
		boolean[] available = new boolean[INDICATORS];
		Arrays.fill(available, true);
		for (Map.Entry<Dimension, String> filter : query.filters().entrySet()) {
			filterDims[filters] = filter.getKey().ordinal();
			filterIds[filters] = id(filter.getKey(), filter.getValue());
			filters++;
			for (Indicator indicator : INDICATOR_VALUES) {
				if (!indicator.has(filter.getKey())) {
					available[indicator.ordinal()] = false;
				}
			}
		}
		int selected = query.selected().ordinal();
		boolean median = query.selected().kind().median();
		int cross = query.cross() == null ? -1 : query.cross().ordinal();
		int[] dictionarySize = new int[DIMENSIONS];
		for (int d = 0; d < DIMENSIONS; d++) {
			dictionarySize[d] = codes.get(d).size();
		}
		Aggregate result = new Aggregate(query, months, dictionarySize, cross);
		long[] totals = result.totals;
		IntList[] amounts = result.amounts;
		short[][] dims = c.dims;
		byte[] indicators = c.indicator;
		int[] days = c.day;
		int[] amount = c.amount;
		rows: for (int i = 0; i < size; i++) {
			int day = days[i];
			if (day < from || day > to) {
				continue;
			}
			for (int f = 0; f < filters; f++) {
				if (dims[filterDims[f]][i] != filterIds[f]) {
					continue rows;
				}
			}
			int indicator = indicators[i];
			if (!available[indicator]) {
				continue;
			}
			totals[indicator]++;
			if (amounts[indicator] != null) {
				amounts[indicator].add(amount[i]);
			}
			if (indicator == selected) {
				int month = monthOfDay[day - from];
				result.byMonth[month]++;
				if (median) {
					result.monthAmounts[month].add(amount[i]);
				}
				for (int d = 0; d < DIMENSIONS; d++) {
					int id = dims[d][i];
					if (id < result.byDimension[d].length) {
						result.byDimension[d][id]++;
						if (median) {
							result.dimensionAmounts[d][id].add(amount[i]);
						}
					}
				}
				if (cross >= 0) {
					int id = dims[cross][i];
					if (id < result.byMonthAndDimension[month].length) {
						result.byMonthAndDimension[month][id]++;
					}
				}
			}
		}
		result.available = available;
		return result;
	}

	/** What to aggregate: a period (whole days, inclusive), filters by code, the selected indicator. */
	record Query(LocalDate from, LocalDate to, Map<Dimension, String> filters, Indicator selected, Dimension cross) {
	}

	/** Totals of every indicator, and the selected indicator by month and by each dimension's ids. */
	final class Aggregate {

		final Query query;

		final long[] totals = new long[INDICATORS];

		final IntList[] amounts = new IntList[INDICATORS];

		final long[] byMonth;

		final IntList[] monthAmounts;

		final long[][] byDimension;

		final IntList[][] dimensionAmounts;

		final long[][] byMonthAndDimension;

		boolean[] available;

		Aggregate(Query query, int months, int[] dictionarySize, int cross) {
			this.query = query;
			for (Indicator indicator : INDICATOR_VALUES) {
				if (indicator.kind().median()) {
					amounts[indicator.ordinal()] = new IntList();
				}
			}
			byMonth = new long[months];
			boolean median = query.selected().kind().median();
			monthAmounts = median ? new IntList[months] : null;
			byDimension = new long[DIMENSIONS][];
			dimensionAmounts = median ? new IntList[DIMENSIONS][] : null;
			for (int d = 0; d < DIMENSIONS; d++) {
				byDimension[d] = new long[dictionarySize[d]];
				if (median) {
					dimensionAmounts[d] = new IntList[dictionarySize[d]];
					for (int i = 0; i < dictionarySize[d]; i++) {
						dimensionAmounts[d][i] = new IntList();
					}
				}
			}
			if (median) {
				for (int m = 0; m < months; m++) {
					monthAmounts[m] = new IntList();
				}
			}
			byMonthAndDimension = cross >= 0 ? new long[months][dictionarySize[cross]] : null;
		}

		/** Code of an id in a dimension (index 0 = not recorded → null). */
		String code(Dimension dimension, int id) {
			List<String> list = codes.get(dimension.ordinal());
			synchronized (list) {
				return list.get(id);
			}
		}

	}

	/** A growable list of ints with a median. */
	static final class IntList {

		private int[] values = new int[16];

		private int size;

		void add(int value) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = value;
		}

		int size() {
			return size;
		}

		/** The median (mean of the middle two for an even count), or NaN when empty. */
		double median() {
			if (size == 0) {
				return Double.NaN;
			}
			int[] sorted = Arrays.copyOf(values, size);
			Arrays.sort(sorted);
			return size % 2 == 1 ? sorted[size / 2] : (sorted[size / 2 - 1] + sorted[size / 2]) / 2.0;
		}

	}

}
