package org.kumkrong.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.jupiter.api.Test;

class PdqIndexTests {

	private static final int[] RADII = { 0, 1, 10, 14, 15, 16, 29, 30, 31, 32, 40, 44, 45, 46, 64 };

	@Test
	void findsTheSameHitsAsALinearScanAtEveryRadius() {
		// 1,000,000 random hashes (15 substrings of 17 bits: probe radius 0 to 2 below 45, 3 at 45, a scan from 46
		// on), and for 60 queries one planted neighbour at every distance 0..40.
		SplittableRandom random = new SplittableRandom(5);
		int queries = 60;
		int count = 1_000_000;
		long[] words = randomWords(random, count);
		long[] query = randomWords(random, queries);
		int[] slots = new int[count];
		for (int i = 0; i < queries; i++) {
			for (int d = 0; d <= 40; d++) {
				// Planted at scattered positions so that they land anywhere in the buckets.
				int slot = 1 + (i * 41 + d) * 241;
				System.arraycopy(neighbour(query, i, d, random), 0, words, 4 * slot, 4);
			}
		}
		for (int i = 0; i < count; i++) {
			slots[i] = 1_000_000 + i;
		}
		PdqIndex index = PdqIndex.build(words, slots, count);
		assertThat(index.size()).isEqualTo(count);

		for (int i = 0; i < queries; i++) {
			List<Long> all = scan(words, slots, count, query, i, RADII[RADII.length - 1]);
			for (int radius : RADII) {
				List<Long> expected = all.stream().filter(hit -> (hit & 0xFFFF) <= radius).toList();
				assertThat(search(index, query, i, radius)).as("query %d at radius %d", i, radius)
					.isEqualTo(expected)
					// Planted neighbours at 0..radius, at least; random hashes rarely come within 64.
					.hasSizeGreaterThanOrEqualTo(Math.min(radius, 40) + 1);
			}
		}
		long[] unrelated = randomWords(random, 50);
		for (int i = 0; i < 50; i++) {
			assertThat(search(index, unrelated, i, 31)).isEqualTo(scan(words, slots, count, unrelated, i, 31));
		}
	}

	@Test
	void probesExactlyAtEveryRadiusAndSubstringWidth() {
		// Substrings of 9, 13 and 20 bits, some across word boundaries, probed up to radius 4 (m*5 - 1 bits)
		// whatever the cost, with planted neighbours at every distance up to 140.
		SplittableRandom random = new SplittableRandom(7);
		int queries = 6;
		int count = 30_000;
		long[] words = randomWords(random, count);
		long[] query = randomWords(random, queries);
		for (int i = 0; i < queries; i++) {
			for (int d = 0; d <= 140; d++) {
				System.arraycopy(neighbour(query, i, d, random), 0, words, 4 * (7 + (i * 141 + d) * 31), 4);
			}
		}
		int[] slots = payloads(count);
		for (int bits : new int[] { 9, 13, 20 }) {
			Segment segment = Segment.of(words, slots, count, bits);
			int substrings = 256 / bits;
			for (int i = 0; i < queries; i++) {
				List<Long> all = scan(words, slots, count, query, i, 5 * substrings - 1);
				for (int radius = 0; radius < 5 * substrings; radius += 1 + radius / 8) {
					int within = radius;
					List<Long> hits = new ArrayList<>();
					int o = 4 * i;
					segment.probe(query[o], query[o + 1], query[o + 2], query[o + 3], radius,
							(payload, distance) -> hits.add(hit(payload, distance)));
					hits.sort(null);
					assertThat(hits).as("%d-bit substrings, query %d at radius %d", bits, i, radius)
						.isEqualTo(all.stream().filter(hit -> (hit & 0xFFFF) <= within).toList())
						.hasSizeGreaterThanOrEqualTo(radius + 1);
				}
			}
		}
	}

	@Test
	void findsHashesAddedAfterTheBuild() {
		SplittableRandom random = new SplittableRandom(11);
		int count = 20_000;
		long[] words = randomWords(random, count);
		PdqIndex index = PdqIndex.build(words, payloads(count), count);
		long[] added = randomWords(random, 3);
		for (int i = 0; i < 3; i++) {
			index.add(added[4 * i], added[4 * i + 1], added[4 * i + 2], added[4 * i + 3], 500_000 + i);
		}

		assertThat(index.size()).isEqualTo(count + 3);
		for (int i = 0; i < 3; i++) {
			long[] near = neighbour(added, i, 31, random);
			assertThat(search(index, near, 0, 31)).contains(hit(500_000 + i, 31));
			assertThat(search(index, added, i, 0)).containsExactly(hit(500_000 + i, 0));
		}
	}

	@Test
	void keepsEveryHitWhenFullTailsAreMergedIntoTheSegment() {
		SplittableRandom random = new SplittableRandom(17);
		int base = 10_000;
		int added = 5_500;
		long[] words = randomWords(random, base + added);
		long[] query = randomWords(random, 20);
		// A third of the added hashes are near the queries, so the merged tails hold real hits.
		for (int k = 0; k < added; k += 3) {
			System.arraycopy(neighbour(query, k % 20, k % 41, random), 0, words, 4 * (base + k), 4);
		}
		int[] slots = payloads(base + added);
		AtomicInteger merges = new AtomicInteger();
		PdqIndex index = PdqIndex.build(words, slots, base, 1_000, merge -> {
			merges.incrementAndGet();
			merge.run();
		});

		for (int k = 0; k < added; k++) {
			int o = 4 * (base + k);
			index.add(words[o], words[o + 1], words[o + 2], words[o + 3], slots[base + k]);
			if (k % 500 == 499 || k == added - 1) {
				int size = base + k + 1;
				assertThat(index.size()).isEqualTo(size);
				for (int i = 0; i < 20; i++) {
					assertThat(search(index, query, i, 31)).isEqualTo(scan(words, slots, size, query, i, 31));
				}
			}
		}
		// Each full tail of 1,000 was merged in the adding thread once the next hash came.
		assertThat(merges.get()).isEqualTo(5);
	}

	@Test
	void findsEverythingWhileMergesAreStillPending() {
		SplittableRandom random = new SplittableRandom(19);
		List<Runnable> pending = new ArrayList<>();
		Executor later = pending::add;
		// An empty start: the first merge builds the segment from scratch, later ones append to it.
		PdqIndex index = PdqIndex.build(new long[0], new int[0], 0, 3_000, later);
		int count = 4 * 3_001;
		long[] words = randomWords(random, count);
		int[] slots = payloads(count);
		long[] query = Arrays.copyOfRange(words, 0, 4 * 10);
		int size = 0;
		for (int round = 0; round < 4; round++) {
			for (int k = 0; k < 3_000; k++, size++) {
				index.add(words[4 * size], words[4 * size + 1], words[4 * size + 2], words[4 * size + 3], slots[size]);
			}
			index.add(words[4 * size], words[4 * size + 1], words[4 * size + 2], words[4 * size + 3], slots[size]);
			size++;
			if (round == 1 || round == 3) {
				// Run the merge that was waiting, and the one it starts for the tail frozen meanwhile.
				while (!pending.isEmpty()) {
					assertThat(pending).hasSize(1);
					pending.remove(0).run();
					assertAllFound(index, words, slots, size, query);
				}
			}
			else {
				assertThat(pending).hasSize(1);
			}
			assertThat(index.size()).isEqualTo(size);
			assertAllFound(index, words, slots, size, query);
		}
	}

	@Test
	void neverLosesAnInsertWhileOtherThreadsSearch() throws InterruptedException {
		SplittableRandom random = new SplittableRandom(23);
		int base = 50_000;
		PdqIndex index = PdqIndex.build(randomWords(random, base), payloads(base), base, 4_000,
				merge -> new Thread(merge, "test-merge").start());
		int writers = 2;
		int perWriter = 100_000;
		AtomicIntegerArray acknowledged = new AtomicIntegerArray(writers);
		AtomicBoolean writing = new AtomicBoolean(true);
		AtomicInteger checks = new AtomicInteger();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		List<Thread> threads = new ArrayList<>();
		for (int w = 0; w < writers; w++) {
			int writer = w;
			threads.add(new Thread(() -> {
				for (int k = 0; k < perWriter; k++) {
					long[] hash = insertedHash(writer, k);
					index.add(hash[0], hash[1], hash[2], hash[3], payload(writer, k));
					acknowledged.set(writer, k + 1);
				}
			}));
		}
		for (int r = 0; r < 2; r++) {
			SplittableRandom pick = new SplittableRandom(100 + r);
			threads.add(new Thread(() -> {
				while (writing.get()) {
					int writer = pick.nextInt(writers);
					int done = acknowledged.get(writer);
					if (done == 0) {
						continue;
					}
					// Mostly the latest inserts, which sit in the tail or a tail being merged.
					int k = pick.nextBoolean() ? done - 1 : pick.nextInt(done);
					long[] hash = insertedHash(writer, k);
					List<Long> found = search(index, hash, 0, pick.nextBoolean() ? 0 : 31);
					if (!found.contains(hit(payload(writer, k), 0))) {
						failures.add("writer " + writer + " hash " + k + " not found");
					}
					checks.incrementAndGet();
				}
			}));
		}
		threads.forEach(thread -> thread.setUncaughtExceptionHandler((t, e) -> failures.add(t + ": " + e)));
		threads.forEach(Thread::start);
		for (int w = 0; w < writers; w++) {
			threads.get(w).join(TimeUnit.SECONDS.toMillis(20));
		}
		writing.set(false);
		for (Thread thread : threads) {
			thread.join(TimeUnit.SECONDS.toMillis(20));
		}

		assertThat(failures).isEmpty();
		assertThat(checks.get()).isPositive();
		assertThat(index.size()).isEqualTo(base + writers * perWriter);
		for (int w = 0; w < writers; w++) {
			for (int k = 0; k < perWriter; k += 97) {
				assertThat(search(index, insertedHash(w, k), 0, 31)).contains(hit(payload(w, k), 0));
			}
		}
	}

	@Test
	void anEmptyIndexFindsNothingAndThenWhatIsAdded() {
		PdqIndex index = PdqIndex.empty();
		long[] hash = { 1L, -1L, 0x5555_5555_5555_5555L, 42L };

		assertThat(index.size()).isZero();
		assertThat(search(index, hash, 0, 256)).isEmpty();
		assertThat(search(PdqIndex.build(new long[0], new int[0], 0), hash, 0, 31)).isEmpty();

		index.add(hash[0], hash[1], hash[2], hash[3], 7);
		assertThat(search(index, hash, 0, 0)).containsExactly(hit(7, 0));
	}

	@Test
	void returnsEveryPayloadOfADuplicatedHash() {
		SplittableRandom random = new SplittableRandom(29);
		int count = 30_000;
		long[] words = randomWords(random, count);
		int[] slots = payloads(count);
		for (int copy : new int[] { 100, 20_000, 29_999 }) {
			System.arraycopy(words, 0, words, 4 * copy, 4);
		}
		PdqIndex index = PdqIndex.build(words, slots, count);
		index.add(words[0], words[1], words[2], words[3], 77_777);
		long[] near = neighbour(words, 0, 5, random);

		assertThat(search(index, near, 0, 10)).containsExactlyInAnyOrder(hit(slots[0], 5), hit(slots[100], 5),
				hit(slots[20_000], 5), hit(slots[29_999], 5), hit(77_777, 5));
	}

	@Test
	void refusesANegativeDistance() {
		PdqIndex index = PdqIndex.empty();
		assertThatThrownBy(() -> index.search(0, 0, 0, 0, -1, (payload, distance) -> {
		})).isInstanceOf(IllegalArgumentException.class);
	}

	private static void assertAllFound(PdqIndex index, long[] words, int[] slots, int size, long[] query) {
		for (int i = 0; i < query.length / 4; i++) {
			assertThat(search(index, query, i, 31)).isEqualTo(scan(words, slots, size, query, i, 31));
		}
		for (int k = 0; k < size; k += 101) {
			assertThat(search(index, words, k, 0)).contains(hit(slots[k], 0));
		}
	}

	private static List<Long> search(PdqIndex index, long[] queries, int i, int radius) {
		List<Long> hits = new ArrayList<>();
		int o = 4 * i;
		index.search(queries[o], queries[o + 1], queries[o + 2], queries[o + 3], radius,
				(payload, distance) -> hits.add(hit(payload, distance)));
		hits.sort(null);
		return hits;
	}

	private static List<Long> scan(long[] words, int[] payloads, int count, long[] queries, int i, int radius) {
		List<Long> hits = new ArrayList<>();
		int o = 4 * i;
		LinearScan.search(words, payloads, 0, count, queries[o], queries[o + 1], queries[o + 2], queries[o + 3],
				radius, (payload, distance) -> hits.add(hit(payload, distance)));
		hits.sort(null);
		return hits;
	}

	private static long hit(int payload, int distance) {
		return ((long) payload << 16) | distance;
	}

	private static long[] randomWords(SplittableRandom random, int hashes) {
		long[] words = new long[4 * hashes];
		for (int i = 0; i < words.length; i++) {
			words[i] = random.nextLong();
		}
		return words;
	}

	private static int[] payloads(int count) {
		int[] payloads = new int[count];
		for (int i = 0; i < count; i++) {
			payloads[i] = 3 * i + 1;
		}
		return payloads;
	}

	/** Hash i of words with exactly d distinct bits flipped. */
	private static long[] neighbour(long[] words, int i, int d, SplittableRandom random) {
		long[] near = Arrays.copyOfRange(words, 4 * i, 4 * i + 4);
		long[] flipped = new long[4];
		for (int done = 0; done < d;) {
			int bit = random.nextInt(256);
			if ((flipped[bit >> 6] & (1L << bit)) == 0) {
				flipped[bit >> 6] |= 1L << bit;
				done++;
			}
		}
		for (int w = 0; w < 4; w++) {
			near[w] ^= flipped[w];
		}
		return near;
	}

	private static long[] insertedHash(int writer, int k) {
		return randomWords(new SplittableRandom(1_000_003L * (writer + 1) + k), 1);
	}

	private static int payload(int writer, int k) {
		return 10_000_000 * (writer + 1) + k;
	}

}
