package org.kumkrong.statistics.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kumkrong.statistics.internal.Suppression.Line;
import org.kumkrong.statistics.internal.Suppression.Mark;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of disclosure control over thousands of random tables (seeded, so a failure names the table that
 * broke it): no published figure lies in 1..k−1, and no small count can be worked out — checked not with the
 * suppression's own reasoning but by enumerating every table consistent with what is published.
 */
class SuppressionPropertyTests {

	private static final int TABLES = 3000;

	@Test
	void listsWithATotalNeverPublishOrRevealASmallCount() {
		Random random = new Random(20261128);
		int checked = 0;
		for (int t = 0; t < TABLES; t++) {
			int n = 1 + random.nextInt(6);
			int k = 3 + random.nextInt(4);
			long[] values = new long[n + 1];
			for (int i = 0; i < n; i++) {
				values[i] = smallish(random, k);
				values[n] += values[i];
			}
			boolean[] pinned = new boolean[n + 1];
			pinned[n] = random.nextBoolean();
			checked += check(values, Suppression.listLine(n), k, pinned,
					"list " + java.util.Arrays.toString(values) + " k=" + k + " total pinned=" + pinned[n]);
		}
		assertThat(checked).as("tables small enough to enumerate").isGreaterThan(TABLES * 9 / 10);
	}

	@Test
	void tablesWithRowAndColumnTotalsNeverPublishOrRevealASmallCount() {
		Random random = new Random(5);
		int checked = 0;
		for (int t = 0; t < TABLES; t++) {
			int rows = 1 + random.nextInt(3);
			int columns = 2 + random.nextInt(2);
			int k = 3 + random.nextInt(3);
			Suppression.Grid grid = new Suppression.Grid(rows, columns);
			long[][] interior = new long[rows][columns];
			for (int r = 0; r < rows; r++) {
				for (int c = 0; c < columns; c++) {
					interior[r][c] = smallish(random, k);
				}
			}
			long[] values = grid.values(interior);
			boolean[] pinned = new boolean[values.length];
			pinned[grid.grandTotal()] = random.nextBoolean();
			boolean pinColumns = random.nextBoolean();
			for (int c = 0; pinColumns && c < columns; c++) {
				pinned[grid.columnTotal(c)] = true;
			}
			checked += check(values, Suppression.gridLines(rows, columns), k, pinned,
					"grid " + java.util.Arrays.deepToString(interior) + " k=" + k);
		}
		assertThat(checked).as("tables small enough to enumerate").isGreaterThan(TABLES / 2);
	}

	@Test
	void aLoneSmallCountBesideALargeOneTakesTheLargeOneWithIt() {
		long[] values = { 3, 40, 43 };
		Mark[] marks = Suppression.protect(values, Suppression.listLine(2), 5);
		assertThat(marks).containsExactly(Mark.SMALL, Mark.WITHHELD, Mark.SHOWN);
	}

	@Test
	void zerosAndLargeCountsStayPublished() {
		long[] values = { 0, 12, 7, 19 };
		assertThat(Suppression.protect(values, Suppression.listLine(3), 5)).containsOnly(Mark.SHOWN);
	}

	/** Small counts drawn often, zeros and large counts too. */
	private static long smallish(Random random, int k) {
		int roll = random.nextInt(10);
		if (roll < 3) {
			return 0;
		}
		if (roll < 7) {
			return 1 + random.nextInt(k - 1);
		}
		return k + random.nextInt(12);
	}

	/** Asserts both properties; answers 1 when the table was enumerated, 0 when it had too many unknowns. */
	private static int check(long[] values, List<Line> lines, int k, boolean[] pinned, String table) {
		Mark[] marks = Suppression.protect(values, lines, k, pinned);
		if (Suppression.wholeTableWithheld(marks)) {
			return 1;
		}
		for (int i = 0; i < values.length; i++) {
			if (pinned[i] && values[i] >= k) {
				assertThat(marks[i]).as("pinned cell %d of %s", i, table).isEqualTo(Mark.SHOWN);
			}
			if (marks[i] == Mark.SHOWN) {
				assertThat(values[i]).as("published cell %d of %s", i, table).satisfiesAnyOf(v -> assertThat(v).isZero(),
						v -> assertThat(v).isGreaterThanOrEqualTo(k));
			}
			if (values[i] >= 1 && values[i] < k && marks[i] != Mark.WITHHELD) {
				assertThat(marks[i]).as("small cell %d of %s", i, table).isEqualTo(Mark.SMALL);
			}
		}
		List<Integer> unknown = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			if (marks[i] != Mark.SHOWN) {
				unknown.add(i);
			}
		}
		if (unknown.size() > 7) {
			return 0;
		}
		long bound = 0;
		for (long value : values) {
			bound = Math.max(bound, value);
		}
		bound = bound * 3 + k;
		List<Set<Long>> seen = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			seen.add(new HashSet<>());
		}
		long[] trial = values.clone();
		enumerate(0, unknown, trial, marks, lines, k, bound, seen);
		for (int i = 0; i < values.length; i++) {
			if (marks[i] == Mark.SMALL) {
				assertThat(seen.get(i)).as("values cell %d of %s (marks %s) could have", i, table,
						java.util.Arrays.toString(marks)).hasSizeGreaterThan(1);
			}
		}
		return 1;
	}

	/** Every assignment of the withheld cells that satisfies every line, recording the values each cell took. */
	private static void enumerate(int index, List<Integer> unknown, long[] trial, Mark[] marks, List<Line> lines, int k,
			long bound, List<Set<Long>> seen) {
		if (index == unknown.size()) {
			for (Line line : lines) {
				long sum = 0;
				for (int part : line.parts()) {
					sum += trial[part];
				}
				if (sum != trial[line.total()]) {
					return;
				}
			}
			for (int cell : unknown) {
				seen.get(cell).add(trial[cell]);
			}
			return;
		}
		int cell = unknown.get(index);
		long low = marks[cell] == Mark.SMALL ? 1 : k;
		long high = marks[cell] == Mark.SMALL ? k - 1 : bound;
		for (long value = low; value <= high; value++) {
			trial[cell] = value;
			if (consistentSoFar(unknown, index, trial, lines)) {
				enumerate(index + 1, unknown, trial, marks, lines, k, bound, seen);
			}
		}
	}

	/** Lines whose cells are all known or assigned must already add up. */
	private static boolean consistentSoFar(List<Integer> unknown, int index, long[] trial, List<Line> lines) {
		Set<Integer> open = new HashSet<>(unknown.subList(index + 1, unknown.size()));
		for (Line line : lines) {
			if (open.contains(line.total())) {
				continue;
			}
			long sum = 0;
			boolean complete = true;
			for (int part : line.parts()) {
				if (open.contains(part)) {
					complete = false;
					break;
				}
				sum += trial[part];
			}
			if (complete && sum != trial[line.total()]) {
				return false;
			}
			if (!complete && sum > trial[line.total()]) {
				return false;
			}
		}
		return true;
	}

}
