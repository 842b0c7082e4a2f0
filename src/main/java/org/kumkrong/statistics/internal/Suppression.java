package org.kumkrong.statistics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Disclosure control for a published table. A table is a list of cells (counts, totals included) and the lines
 * that tie them: each line says "these cells add up to that total cell". Counts from 1 to k−1 are withheld as
 * "&lt; k" (primary suppression). Then, while an attacker who knows the published cells, the lines, that a
 * small cell lies in 1..k−1 and that any other withheld cell is at least k could still work out a small cell
 * exactly (its interval, narrowed line by line until nothing changes, is one value), the smallest other
 * non-zero cell on one of its lines is withheld as well (secondary suppression), or failing that the smallest on
 * any line that withholds something. Zeros are published: a zero identifies nobody. When nothing is left to
 * withhold (every count of the table is small), the whole table is withheld, zeros included.
 */
final class Suppression {

	/** How a cell is published. */
	enum Mark {
		/** The exact count. */
		SHOWN,
		/** Between 1 and k−1: shown as "&lt; k". */
		SMALL,
		/** Withheld so that no small count can be worked out from the totals. */
		WITHHELD
	}

	/** Cells {@code parts} add up to cell {@code total}. */
	record Line(int[] parts, int total) {
	}

	static final long INFINITY = Long.MAX_VALUE / 4;

	private Suppression() {
	}

	/** The marks for {@code values} under {@code lines} with threshold {@code k}. */
	static Mark[] protect(long[] values, List<Line> lines, int k) {
		return protect(values, lines, k, new boolean[values.length]);
	}

	/**
	 * The same, never choosing a {@code pinned} cell for secondary suppression: a total that other tables of the
	 * same view publish too (every breakdown of one indicator shares its total) must read the same in each.
	 */
	static Mark[] protect(long[] values, List<Line> lines, int k, boolean[] pinned) {
		Mark[] marks = new Mark[values.length];
		for (int i = 0; i < values.length; i++) {
			marks[i] = values[i] >= 1 && values[i] < k ? Mark.SMALL : Mark.SHOWN;
		}
		List<List<Line>> linesOf = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			linesOf.add(new ArrayList<>());
		}
		for (Line line : lines) {
			for (int part : line.parts()) {
				linesOf.get(part).add(line);
			}
			linesOf.get(line.total()).add(line);
		}
		for (int round = 0; round <= values.length; round++) {
			int exposed = firstExposed(values, marks, lines, k);
			if (exposed < 0) {
				return marks;
			}
			int candidate = -1;
			for (Line line : linesOf.get(exposed)) {
				candidate = smaller(candidate, line.total(), values, marks, pinned);
				for (int part : line.parts()) {
					candidate = smaller(candidate, part, values, marks, pinned);
				}
			}
			if (candidate < 0) {
				// Nothing beside it: the smallest published count on any line that withholds something.
				for (Line line : lines) {
					if (withholdsSomething(line, marks)) {
						candidate = smaller(candidate, line.total(), values, marks, pinned);
						for (int part : line.parts()) {
							candidate = smaller(candidate, part, values, marks, pinned);
						}
					}
				}
			}
			if (candidate < 0) {
				// Nothing left to withhold: the table is withheld whole, zeros too (published zeros would narrow it).
				Arrays.fill(marks, Mark.WITHHELD);
				return marks;
			}
			marks[candidate] = Mark.WITHHELD;
		}
		throw new IllegalStateException("Suppression did not settle");
	}

	private static boolean withholdsSomething(Line line, Mark[] marks) {
		if (marks[line.total()] != Mark.SHOWN) {
			return true;
		}
		for (int part : line.parts()) {
			if (marks[part] != Mark.SHOWN) {
				return true;
			}
		}
		return false;
	}

	/** Whether the whole table is withheld (nothing of it may be published). */
	static boolean wholeTableWithheld(Mark[] marks) {
		return marks.length > 0 && Arrays.stream(marks).allMatch(mark -> mark == Mark.WITHHELD);
	}

	private static int smaller(int best, int cell, long[] values, Mark[] marks, boolean[] pinned) {
		if (marks[cell] != Mark.SHOWN || values[cell] == 0 || pinned[cell]) {
			return best;
		}
		return best < 0 || values[cell] < values[best] ? cell : best;
	}

	/** The first small cell whose value the attacker can narrow to one number, or -1. */
	static int firstExposed(long[] values, Mark[] marks, List<Line> lines, int k) {
		long[][] bounds = bounds(values, marks, lines, k);
		for (int i = 0; i < values.length; i++) {
			if (marks[i] == Mark.SMALL && bounds[0][i] == bounds[1][i]) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The attacker's bounds for every cell: published cells exactly; small cells 1..k−1; other withheld cells
	 * k..∞; then each line narrows each of its cells from the others' bounds, until nothing changes.
	 */
	static long[][] bounds(long[] values, Mark[] marks, List<Line> lines, int k) {
		long[] low = new long[values.length];
		long[] high = new long[values.length];
		for (int i = 0; i < values.length; i++) {
			switch (marks[i]) {
				case SHOWN -> {
					low[i] = values[i];
					high[i] = values[i];
				}
				case SMALL -> {
					low[i] = 1;
					high[i] = k - 1;
				}
				case WITHHELD -> {
					low[i] = k;
					high[i] = INFINITY;
				}
			}
		}
		boolean changed = true;
		for (int pass = 0; changed && pass < 10_000; pass++) {
			changed = false;
			for (Line line : lines) {
				long partsLow = 0;
				long partsHigh = 0;
				for (int part : line.parts()) {
					partsLow = add(partsLow, low[part]);
					partsHigh = add(partsHigh, high[part]);
				}
				int total = line.total();
				// The total lies within the sum of its parts.
				if (partsLow > low[total]) {
					low[total] = partsLow;
					changed = true;
				}
				if (partsHigh < high[total]) {
					high[total] = partsHigh;
					changed = true;
				}
				// Each part is the total less the others.
				for (int part : line.parts()) {
					long othersLow = 0;
					long othersHigh = 0;
					for (int other : line.parts()) {
						if (other != part) {
							othersLow = add(othersLow, low[other]);
							othersHigh = add(othersHigh, high[other]);
						}
					}
					long newLow = othersHigh >= INFINITY ? low[part] : Math.max(low[part], low[total] - othersHigh);
					long newHigh = high[total] >= INFINITY ? high[part] : Math.min(high[part], high[total] - othersLow);
					if (newLow != low[part] || newHigh != high[part]) {
						low[part] = newLow;
						high[part] = newHigh;
						changed = true;
					}
				}
			}
		}
		return new long[][] { low, high };
	}

	private static long add(long a, long b) {
		return a >= INFINITY || b >= INFINITY ? INFINITY : Math.min(INFINITY, a + b);
	}

	/** The one line of a list of {@code n} cells followed by their total (cell {@code n}). */
	static List<Line> listLine(int n) {
		int[] parts = new int[n];
		for (int i = 0; i < n; i++) {
			parts[i] = i;
		}
		return List.of(new Line(parts, n));
	}

	/** The lines of a rows × columns table with row totals, column totals and a grand total (see {@link Grid}). */
	static List<Line> gridLines(int rows, int columns) {
		Grid grid = new Grid(rows, columns);
		List<Line> lines = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			int[] parts = new int[columns];
			for (int c = 0; c < columns; c++) {
				parts[c] = grid.cell(r, c);
			}
			lines.add(new Line(parts, grid.rowTotal(r)));
		}
		for (int c = 0; c < columns; c++) {
			int[] parts = new int[rows];
			for (int r = 0; r < rows; r++) {
				parts[r] = grid.cell(r, c);
			}
			lines.add(new Line(parts, grid.columnTotal(c)));
		}
		int[] rowTotals = new int[rows];
		for (int r = 0; r < rows; r++) {
			rowTotals[r] = grid.rowTotal(r);
		}
		lines.add(new Line(rowTotals, grid.grandTotal()));
		int[] columnTotals = new int[columns];
		for (int c = 0; c < columns; c++) {
			columnTotals[c] = grid.columnTotal(c);
		}
		lines.add(new Line(columnTotals, grid.grandTotal()));
		return lines;
	}

	/**
	 * Where the cells of a rows × columns table with margins sit in the flat array: the interior row by row, then
	 * the row totals, the column totals, and the grand total last.
	 */
	record Grid(int rows, int columns) {

		int cell(int row, int column) {
			return row * columns + column;
		}

		int rowTotal(int row) {
			return rows * columns + row;
		}

		int columnTotal(int column) {
			return rows * columns + rows + column;
		}

		int grandTotal() {
			return rows * columns + rows + columns;
		}

		int size() {
			return rows * columns + rows + columns + 1;
		}

		/** The flat array of a table's interior, its margins computed. */
		long[] values(long[][] interior) {
			long[] values = new long[size()];
			for (int r = 0; r < rows; r++) {
				for (int c = 0; c < columns; c++) {
					long value = interior[r][c];
					values[cell(r, c)] = value;
					values[rowTotal(r)] += value;
					values[columnTotal(c)] += value;
					values[grandTotal()] += value;
				}
			}
			return values;
		}

	}

}
