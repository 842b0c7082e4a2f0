package org.kumkrong.statistics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.kumkrong.statistics.internal.Suppression.Mark;

/**
 * A table ready to publish: labelled rows (and columns), each cell with its count and how it may be shown.
 * Built either exact (staff who may see exact counts, on screen) or under disclosure control (every export, the
 * public page and the API), in which case {@link Suppression} marks the cells. A list has one column and a total
 * row; a grid has row totals, column totals and a grand total.
 */
public final class StatTable {

	private final String title;

	private final List<String> rowCodes;

	private final List<String> rowLabels;

	private final List<String> columnLabels;

	private final Cell[][] cells;

	private final Cell[] rowTotals;

	private final Cell[] columnTotals;

	private final Cell grandTotal;

	private final boolean suppressed;

	private final boolean wholeTableWithheld;

	private StatTable(String title, List<String> rowCodes, List<String> rowLabels, List<String> columnLabels,
			Cell[][] cells, Cell[] rowTotals, Cell[] columnTotals, Cell grandTotal, boolean suppressed, boolean whole) {
		this.title = title;
		this.rowCodes = rowCodes;
		this.rowLabels = rowLabels;
		this.columnLabels = columnLabels;
		this.cells = cells;
		this.rowTotals = rowTotals;
		this.columnTotals = columnTotals;
		this.grandTotal = grandTotal;
		this.suppressed = suppressed;
		this.wholeTableWithheld = whole;
	}

	/** A published cell: the count, and how it is shown. */
	public record Cell(long value, Mark mark) {

		/** The value a chart or map may use: the count when shown, otherwise {@code null}. */
		public Long publishedValue() {
			return mark == Mark.SHOWN ? value : null;
		}

		public boolean shown() {
			return mark == Mark.SHOWN;
		}

		public boolean small() {
			return mark == Mark.SMALL;
		}

		public boolean withheld() {
			return mark == Mark.WITHHELD;
		}

	}

	/** Rows with one count each and their total. */
	static StatTable list(String title, List<String> codes, List<String> labels, String columnLabel, long[] counts,
			int k, boolean exact) {
		int n = counts.length;
		long[] values = Arrays.copyOf(counts, n + 1);
		for (long count : counts) {
			values[n] += count;
		}
		boolean[] pinned = new boolean[values.length];
		pinned[n] = true;
		Mark[] marks = exact ? shown(values.length) : Suppression.protect(values, Suppression.listLine(n), k, pinned);
		Cell[][] cells = new Cell[n][1];
		for (int i = 0; i < n; i++) {
			cells[i][0] = new Cell(values[i], marks[i]);
		}
		Cell total = new Cell(values[n], marks[n]);
		return new StatTable(title, copy(codes), copy(labels), List.of(columnLabel), cells, null,
				new Cell[] { total }, total, !exact, !exact && Suppression.wholeTableWithheld(marks));
	}

	/** Rows × columns with row, column and grand totals. */
	static StatTable grid(String title, List<String> rowCodes, List<String> rowLabels, List<String> columnLabels,
			long[][] counts, int k, boolean exact) {
		return grid(title, rowCodes, rowLabels, columnLabels, counts, k, exact, false);
	}

	/**
	 * The same; with {@code pinColumnTotals} the column totals are never withheld to protect another cell (they
	 * are published elsewhere too, such as a year's total beside its breakdown).
	 */
	static StatTable grid(String title, List<String> rowCodes, List<String> rowLabels, List<String> columnLabels,
			long[][] counts, int k, boolean exact, boolean pinColumnTotals) {
		int rows = rowLabels.size();
		int columns = columnLabels.size();
		Suppression.Grid grid = new Suppression.Grid(rows, columns);
		long[] values = grid.values(counts);
		boolean[] pinned = new boolean[values.length];
		pinned[grid.grandTotal()] = true;
		for (int c = 0; pinColumnTotals && c < columns; c++) {
			pinned[grid.columnTotal(c)] = true;
		}
		Mark[] marks = exact ? shown(values.length)
				: Suppression.protect(values, Suppression.gridLines(rows, columns), k, pinned);
		Cell[][] cells = new Cell[rows][columns];
		Cell[] rowTotals = new Cell[rows];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				cells[r][c] = new Cell(values[grid.cell(r, c)], marks[grid.cell(r, c)]);
			}
			rowTotals[r] = new Cell(values[grid.rowTotal(r)], marks[grid.rowTotal(r)]);
		}
		Cell[] columnTotals = new Cell[columns];
		for (int c = 0; c < columns; c++) {
			columnTotals[c] = new Cell(values[grid.columnTotal(c)], marks[grid.columnTotal(c)]);
		}
		return new StatTable(title, copy(rowCodes), copy(rowLabels), copy(columnLabels), cells,
				rowTotals, columnTotals, new Cell(values[grid.grandTotal()], marks[grid.grandTotal()]), !exact,
				!exact && Suppression.wholeTableWithheld(marks));
	}

	/**
	 * Rows × columns where each row adds up to its own total and columns do not add up (different indicators
	 * by month): one line per row.
	 */
	static StatTable rows(String title, List<String> rowCodes, List<String> rowLabels, List<String> columnLabels,
			long[][] counts, int k, boolean exact) {
		int rows = rowLabels.size();
		int columns = columnLabels.size();
		int width = columns + 1;
		long[] values = new long[rows * width];
		List<Suppression.Line> lines = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			int[] parts = new int[columns];
			for (int c = 0; c < columns; c++) {
				values[r * width + c] = counts[r][c];
				values[r * width + columns] += counts[r][c];
				parts[c] = r * width + c;
			}
			lines.add(new Suppression.Line(parts, r * width + columns));
		}
		boolean[] pinned = new boolean[values.length];
		for (int r = 0; r < rows; r++) {
			pinned[r * width + columns] = true;
		}
		Mark[] marks = exact ? shown(values.length) : Suppression.protect(values, lines, k, pinned);
		Cell[][] cells = new Cell[rows][columns];
		Cell[] rowTotals = new Cell[rows];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				cells[r][c] = new Cell(values[r * width + c], marks[r * width + c]);
			}
			rowTotals[r] = new Cell(values[r * width + columns], marks[r * width + columns]);
		}
		return new StatTable(title, copy(rowCodes), copy(rowLabels), copy(columnLabels), cells,
				rowTotals, new Cell[0], null, !exact, !exact && Suppression.wholeTableWithheld(marks));
	}

	/** Figures that add up to nothing published (one per indicator and year): small counts withheld alone. */
	static StatTable independent(String title, List<String> rowCodes, List<String> rowLabels, List<String> columnLabels,
			long[][] counts, int k, boolean exact) {
		int rows = rowLabels.size();
		int columns = columnLabels.size();
		Cell[][] cells = new Cell[rows][columns];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				long value = counts[r][c];
				cells[r][c] = new Cell(value, !exact && value >= 1 && value < k ? Mark.SMALL : Mark.SHOWN);
			}
		}
		return new StatTable(title, copy(rowCodes), copy(rowLabels), copy(columnLabels), cells, null,
				new Cell[0], null, !exact, false);
	}

	/** An unmodifiable copy that, unlike {@code List.copyOf}, keeps nulls ("not recorded"). */
	private static List<String> copy(List<String> list) {
		return java.util.Collections.unmodifiableList(new ArrayList<>(list));
	}

	private static Mark[] shown(int n) {
		Mark[] marks = new Mark[n];
		Arrays.fill(marks, Mark.SHOWN);
		return marks;
	}

	public String title() {
		return title;
	}

	public List<String> rowCodes() {
		return rowCodes;
	}

	public List<String> rowLabels() {
		return rowLabels;
	}

	public List<String> columnLabels() {
		return columnLabels;
	}

	public int rows() {
		return rowLabels.size();
	}

	public Cell cell(int row, int column) {
		return cells[row][column];
	}

	/** The cells of a row, for templates. */
	public List<Cell> row(int row) {
		return Arrays.asList(cells[row]);
	}

	/** Whether rows have totals (a grid). */
	public boolean hasRowTotals() {
		return rowTotals != null;
	}

	public Cell rowTotal(int row) {
		return rowTotals[row];
	}

	public List<Cell> columnTotals() {
		return Arrays.asList(columnTotals);
	}

	public Cell grandTotal() {
		return grandTotal;
	}

	public boolean suppressed() {
		return suppressed;
	}

	public boolean wholeTableWithheld() {
		return wholeTableWithheld;
	}

	/** Every cell, totals included, for checks. */
	public List<Cell> allCells() {
		List<Cell> all = new ArrayList<>();
		for (Cell[] row : cells) {
			all.addAll(Arrays.asList(row));
		}
		if (rowTotals != null) {
			all.addAll(Arrays.asList(rowTotals));
		}
		all.addAll(Arrays.asList(columnTotals));
		if (rowTotals != null && grandTotal != null) {
			all.add(grandTotal);
		}
		return all;
	}

	/** The same rows, keeping those with a non-zero count (and any row that is not shown exactly). */
	public List<Integer> nonEmptyRows() {
		List<Integer> rows = new ArrayList<>();
		for (int r = 0; r < rows(); r++) {
			boolean any = false;
			for (Cell cell : cells[r]) {
				any |= cell.value() != 0 || !cell.shown();
			}
			if (any) {
				rows.add(r);
			}
		}
		return rows;
	}

}
