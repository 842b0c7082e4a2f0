package org.kumkrong.matching.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Match queries at distance 31 against 10,000,000 PDQ hashes (issue 5 acceptance): the multi-index
 * {@link PdqIndex} and, in the same run, a plain linear scan over the same packed hashes as the baseline.
 * <p>
 * Two query sets: {@code random} (random hashes, nearly never a hit: the common case of new content) and
 * {@code mixed} (half of the queries have 1 to 8 near-duplicates planted in the data at distances 0..31, and
 * one just outside at 32..40). The setup prints the build time (median of 3), the index memory per hash and
 * the recall against the scan over 1,000 queries.
 * <p>
 * Run: {@code ./mvnw -o -q -Pbench test-compile exec:exec -Dbench.class=org.kumkrong.matching.internal.PdqIndexBenchmark}
 * (add {@code -Dbench.jvmArgs=-Dbench.hashes=1000000} for a smaller set). See docs/BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
public class PdqIndexBenchmark {

	static final int RADIUS = 31;

	private static final int QUERIES = 1024;

	private long[] words;

	private int[] payloads;

	private int count;

	private long[] randomQueries;

	private long[] mixedQueries;

	private PdqIndex index;

	private int next;

	private long found;

	private final PdqIndex.HitConsumer counter = (payload, distance) -> found += distance + 1;

	public static void main(String[] args) throws Exception {
		String hashes = System.getProperty("bench.hashes", "10000000");
		new Runner(new OptionsBuilder().include(PdqIndexBenchmark.class.getName())
			.forks(1)
			.jvmArgs("-Xmx3g", "-Dbench.hashes=" + hashes)
			.build()).run();
	}

	@Setup
	public void setUp() {
		count = Integer.getInteger("bench.hashes", 10_000_000);
		SplittableRandom random = new SplittableRandom(20261128);
		words = new long[4 * count];
		for (int i = 0; i < words.length; i++) {
			words[i] = random.nextLong();
		}
		payloads = new int[count];
		for (int i = 0; i < count; i++) {
			payloads[i] = i;
		}
		randomQueries = randomHashes(random, QUERIES);
		mixedQueries = randomHashes(random, QUERIES);
		int planted = 0;
		for (int q = 0; q < QUERIES; q += 2) {
			int neighbours = 1 + random.nextInt(8);
			for (int n = 0; n <= neighbours; n++) {
				// The last one lies just outside the radius: found by neither.
				int distance = n < neighbours ? random.nextInt(RADIUS + 1) : RADIUS + 1 + random.nextInt(9);
				System.arraycopy(flip(mixedQueries, q, distance, random), 0, words, 4 * random.nextInt(count), 4);
				planted++;
			}
		}

		long[] builds = new long[3];
		for (int b = 0; b < builds.length; b++) {
			index = null;
			System.gc();
			if (b == builds.length - 1) {
				// Here rather than first, so that it is not charged with the first touch of fresh heap pages.
				mergeTime(random);
				System.gc();
			}
			long start = System.nanoTime();
			index = PdqIndex.build(words, payloads, count);
			builds[b] = System.nanoTime() - start;
		}
		Arrays.sort(builds);
		System.out.printf("%,d hashes (%,d planted near the mixed queries); build %.2f s median of %s s; "
				+ "index memory %,d bytes = %.1f bytes per hash%n", count, planted, builds[1] / 1e9,
				Arrays.toString(Arrays.stream(builds).mapToObj(t -> String.format("%.2f", t / 1e9)).toArray()),
				index.memoryBytes(), (double) index.memoryBytes() / count);
		recall();
	}

	/**
	 * What an insert costs once the tail of 65,536 is full: the next add freezes it and the merge (run here in
	 * the adding thread, to time it) folds it into a new segment.
	 */
	private void mergeTime(SplittableRandom random) {
		PdqIndex growing = PdqIndex.build(words, payloads, count, PdqIndex.DEFAULT_TAIL_LIMIT, Runnable::run);
		long[] added = randomHashes(random, PdqIndex.DEFAULT_TAIL_LIMIT + 1);
		long start = System.nanoTime();
		for (int i = 0; i < PdqIndex.DEFAULT_TAIL_LIMIT; i++) {
			growing.add(added[4 * i], added[4 * i + 1], added[4 * i + 2], added[4 * i + 3], count + i);
		}
		long tail = System.nanoTime() - start;
		start = System.nanoTime();
		int last = 4 * PdqIndex.DEFAULT_TAIL_LIMIT;
		growing.add(added[last], added[last + 1], added[last + 2], added[last + 3], -1);
		long merge = System.nanoTime() - start;
		System.out.printf("%n%,d adds into the tail: %.1f ms; the next add, merging them into the segment: %.2f s%n",
				PdqIndex.DEFAULT_TAIL_LIMIT, tail / 1e6, merge / 1e9);
	}

	/** Index hits against scan hits for 500 random and 500 mixed queries: both sets must be equal. */
	private void recall() {
		long expected = 0;
		long missed = 0;
		long extra = 0;
		for (long[] queries : new long[][] { randomQueries, mixedQueries }) {
			for (int q = 0; q < 500; q++) {
				Set<Long> byScan = new HashSet<>();
				Set<Long> byIndex = new HashSet<>();
				int o = 4 * q;
				LinearScan.search(words, payloads, 0, count, queries[o], queries[o + 1], queries[o + 2],
						queries[o + 3], RADIUS, (payload, distance) -> byScan.add(((long) payload << 16) | distance));
				index.search(queries[o], queries[o + 1], queries[o + 2], queries[o + 3], RADIUS,
						(payload, distance) -> {
							if (!byIndex.add(((long) payload << 16) | distance)) {
								throw new IllegalStateException("The index reported a hit twice");
							}
						});
				expected += byScan.size();
				Set<Long> notFound = new HashSet<>(byScan);
				notFound.removeAll(byIndex);
				missed += notFound.size();
				byIndex.removeAll(byScan);
				extra += byIndex.size();
			}
		}
		System.out.printf("recall over 1,000 queries: %,d of %,d scan hits found (%.2f %%), %,d hits not found by "
				+ "the scan%n%n", expected - missed, expected,
				expected == 0 ? 100.0 : 100.0 * (expected - missed) / expected, extra);
		if (missed != 0 || extra != 0) {
			throw new IllegalStateException("The index disagrees with the scan");
		}
	}

	@Benchmark
	public long indexRandom() {
		return search(randomQueries, true);
	}

	@Benchmark
	public long indexMixed() {
		return search(mixedQueries, true);
	}

	@Benchmark
	public long scanRandom() {
		return search(randomQueries, false);
	}

	@Benchmark
	public long scanMixed() {
		return search(mixedQueries, false);
	}

	private long search(long[] queries, boolean indexed) {
		int o = 4 * (next++ & (QUERIES - 1));
		if (indexed) {
			index.search(queries[o], queries[o + 1], queries[o + 2], queries[o + 3], RADIUS, counter);
		}
		else {
			LinearScan.search(words, payloads, 0, count, queries[o], queries[o + 1], queries[o + 2],
					queries[o + 3], RADIUS, counter);
		}
		return found;
	}

	private static long[] randomHashes(SplittableRandom random, int hashes) {
		long[] hashWords = new long[4 * hashes];
		for (int i = 0; i < hashWords.length; i++) {
			hashWords[i] = random.nextLong();
		}
		return hashWords;
	}

	private static long[] flip(long[] hashes, int q, int bits, SplittableRandom random) {
		long[] near = Arrays.copyOfRange(hashes, 4 * q, 4 * q + 4);
		for (int done = 0; done < bits;) {
			int bit = random.nextInt(256);
			long mask = 1L << bit;
			if (((near[bit >> 6] ^ hashes[4 * q + (bit >> 6)]) & mask) == 0) {
				near[bit >> 6] ^= mask;
				done++;
			}
		}
		return near;
	}

}
