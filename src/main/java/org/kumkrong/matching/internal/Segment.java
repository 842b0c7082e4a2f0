package org.kumkrong.matching.internal;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * An immutable set of PDQ hashes with a multi-index hashing table over them (Norouzi, Punjani and Fleet,
 * "Fast search in Hamming space with multi-index hashing", CVPR 2012).
 * <p>
 * The 256 bits are cut into 16 substrings of 16 bits (substring {@code j} is bits {@code 16*(j%4)} to
 * {@code 16*(j%4)+15} of word {@code j/4}). For each substring, the hashes are bucketed by its value in CSR
 * form: bucket {@code b = j*65536 + value} holds the hash numbers {@code ids[offsets[b]] ..
 * ids[offsets[b+1]-1]}, ascending. Memory per hash: 16 ids (64 bytes) + 4 words (32 bytes) + a payload (4 bytes)
 * = 100 bytes, plus 4 MiB of offsets for the whole segment. Nothing is an object per hash.
 * <p>
 * Why it is exact: write the radius as {@code r = 16*s + a} with {@code 0 <= a < 16}. If a hash is within
 * {@code r} of the query, then one of the first {@code a+1} substrings differs in at most {@code s} bits or one
 * of the others in at most {@code s-1} (otherwise the distance would be at least
 * {@code (a+1)(s+1) + (15-a)s = r+1}). So probing, per substring, every bucket within that small radius of the
 * query's substring finds every neighbour; each candidate is then checked on the full 256 bits. A hash found
 * through several substrings is reported only by the first substring whose probe radius covers it, which
 * removes duplicates without any per-query memory. For r = 31 that is radius 1 on all 16 substrings
 * (17 buckets each); for r = 10, radius 0 on the first 11 substrings only. When the radius is so large that
 * the probes would touch more hashes than a scan ({@link #MAX_PROBES}), the segment scans linearly instead:
 * still exact, only slower.
 */
final class Segment {

	static final int SUBSTRINGS = 16;

	static final int BUCKETS = 1 << 16;

	/** Below this many hashes a scan is as fast as the table and saves its 4 MiB of offsets. */
	static final int MIN_INDEXED = 4096;

	/** Largest number of hashes one segment can hold: its 16 ids per hash must fit an int array. */
	static final int MAX_HASHES = Integer.MAX_VALUE / SUBSTRINGS;

	/**
	 * Above this many probed buckets in all substrings (radius 2 on all: 2,192; radius 3: 11,152) the random
	 * reads of the candidates cost more than one sequential scan, so the segment scans.
	 */
	static final int MAX_PROBES = 8192;

	/** All 16-bit masks ordered by the number of bits set: the first WITHIN[s] are those of at most s bits. */
	private static final int[] MASKS = IntStream.range(0, BUCKETS)
		.boxed()
		.sorted((x, y) -> Integer.bitCount(x) != Integer.bitCount(y)
				? Integer.compare(Integer.bitCount(x), Integer.bitCount(y)) : Integer.compare(x, y))
		.mapToInt(Integer::intValue)
		.toArray();

	private static final int[] WITHIN = new int[17];

	static {
		for (int mask = 0; mask < BUCKETS; mask++) {
			for (int s = Integer.bitCount(mask); s <= 16; s++) {
				WITHIN[s]++;
			}
		}
	}

	static final Segment EMPTY = new Segment(new long[0], new int[0], 0, null, null);

	final long[] words;

	final int[] payloads;

	final int count;

	/** Null when the segment is scanned rather than indexed (fewer than {@link #MIN_INDEXED} hashes). */
	private final int[] offsets;

	private final int[] ids;

	private Segment(long[] words, int[] payloads, int count, int[] offsets, int[] ids) {
		this.words = words;
		this.payloads = payloads;
		this.count = count;
		this.offsets = offsets;
		this.ids = ids;
	}

	/** A segment owning (not copying) the given arrays, which must be exactly 4 × count and count long. */
	static Segment of(long[] words, int[] payloads, int count) {
		if (count > MAX_HASHES) {
			throw new IllegalArgumentException("A PDQ index segment holds at most " + MAX_HASHES + " hashes");
		}
		if (count < MIN_INDEXED) {
			return new Segment(words, payloads, count, null, null);
		}
		return indexed(words, payloads, count);
	}

	private static Segment indexed(long[] words, int[] payloads, int count) {
		int[] offsets = new int[SUBSTRINGS * BUCKETS + 1];
		int[] ids = new int[SUBSTRINGS * count];
		// Counting sort, one task per word (4 substrings each): the tasks touch disjoint parts of both arrays.
		IntStream.range(0, 4).parallel().forEach(word -> count(words, count, word, offsets));
		for (int b = 1; b < offsets.length; b++) {
			offsets[b] += offsets[b - 1];
		}
		IntStream.range(0, 4).parallel().forEach(word -> scatter(words, count, word, offsets, ids));
		return new Segment(words, payloads, count, offsets, ids);
	}

	private static void count(long[] words, int count, int word, int[] offsets) {
		// Bucket b's size is counted at b + 1, so that the prefix sum gives each bucket's start.
		int base = (word << 2) * BUCKETS + 1;
		for (int i = 0, o = word; i < count; i++, o += 4) {
			long w = words[o];
			offsets[base + ((int) w & 0xFFFF)]++;
			offsets[base + BUCKETS + ((int) (w >>> 16) & 0xFFFF)]++;
			offsets[base + 2 * BUCKETS + ((int) (w >>> 32) & 0xFFFF)]++;
			offsets[base + 3 * BUCKETS + (int) (w >>> 48)]++;
		}
	}

	private static void scatter(long[] words, int count, int word, int[] offsets, int[] ids) {
		int base = (word << 2) * BUCKETS;
		int[] next = Arrays.copyOfRange(offsets, base, base + 4 * BUCKETS);
		for (int i = 0, o = word; i < count; i++, o += 4) {
			long w = words[o];
			ids[next[(int) w & 0xFFFF]++] = i;
			ids[next[BUCKETS + ((int) (w >>> 16) & 0xFFFF)]++] = i;
			ids[next[2 * BUCKETS + ((int) (w >>> 32) & 0xFFFF)]++] = i;
			ids[next[3 * BUCKETS + (int) (w >>> 48)]++] = i;
		}
	}

	/**
	 * A new segment holding this one's hashes followed by {@code extraCount} more. When this segment is
	 * indexed, its buckets are merged with those of the extra hashes bucket by bucket (sequential copies, no
	 * second counting sort of the whole set).
	 */
	Segment append(long[] extraWords, int[] extraPayloads, int extraCount) {
		if ((long) count + extraCount > MAX_HASHES) {
			throw new IllegalArgumentException("A PDQ index segment holds at most " + MAX_HASHES + " hashes");
		}
		int total = count + extraCount;
		long[] allWords = Arrays.copyOf(words, 4 * total);
		System.arraycopy(extraWords, 0, allWords, 4 * count, 4 * extraCount);
		int[] allPayloads = Arrays.copyOf(payloads, total);
		System.arraycopy(extraPayloads, 0, allPayloads, count, extraCount);
		if (offsets == null || extraCount >= count) {
			return of(allWords, allPayloads, total);
		}
		// The extra hashes' own table, its ids shifted by count below, merged bucket by bucket.
		Segment extra = indexed(extraWords, extraPayloads, extraCount);
		int[] allOffsets = new int[offsets.length];
		int[] allIds = new int[SUBSTRINGS * total];
		IntStream.range(0, SUBSTRINGS).parallel().forEach(j -> {
			for (int b = j * BUCKETS, end = b + BUCKETS; b < end; b++) {
				int at = offsets[b] + extra.offsets[b];
				allOffsets[b] = at;
				int length = offsets[b + 1] - offsets[b];
				System.arraycopy(ids, offsets[b], allIds, at, length);
				at += length;
				for (int k = extra.offsets[b], stop = extra.offsets[b + 1]; k < stop; k++) {
					allIds[at++] = extra.ids[k] + count;
				}
			}
		});
		allOffsets[allOffsets.length - 1] = SUBSTRINGS * total;
		return new Segment(allWords, allPayloads, total, allOffsets, allIds);
	}

	/** Reports every hash within {@code maxDistance} bits of the query exactly once. */
	void search(long q0, long q1, long q2, long q3, int maxDistance, PdqIndex.HitConsumer hits) {
		if (count == 0 || maxDistance < 0) {
			return;
		}
		int s = maxDistance / SUBSTRINGS;
		int a = maxDistance % SUBSTRINGS;
		if (offsets == null || s >= 16 || probes(s, a) > MAX_PROBES) {
			LinearScan.search(words, payloads, 0, count, q0, q1, q2, q3, maxDistance, hits);
			return;
		}
		for (int j = 0; j < SUBSTRINGS; j++) {
			int radius = j <= a ? s : s - 1;
			if (radius < 0) {
				break;
			}
			int value = (int) (word(q0, q1, q2, q3, j >> 2) >>> ((j & 3) << 4)) & 0xFFFF;
			int base = j * BUCKETS;
			for (int p = 0, probes = WITHIN[radius]; p < probes; p++) {
				int bucket = base + (value ^ MASKS[p]);
				for (int k = offsets[bucket], end = offsets[bucket + 1]; k < end; k++) {
					int id = ids[k];
					int o = id << 2;
					int distance = Long.bitCount(words[o] ^ q0) + Long.bitCount(words[o + 1] ^ q1)
							+ Long.bitCount(words[o + 2] ^ q2) + Long.bitCount(words[o + 3] ^ q3);
					if (distance <= maxDistance && !foundEarlier(o, j, s, a, q0, q1, q2, q3)) {
						hits.accept(payloads[id], distance);
					}
				}
			}
		}
	}

	/** Whether a substring before j, within its own probe radius of the query, has already reported hash o/4. */
	private boolean foundEarlier(int o, int j, int s, int a, long q0, long q1, long q2, long q3) {
		for (int i = 0; i < j; i++) {
			int w = i >> 2;
			int differing = Long.bitCount(((words[o + w] ^ word(q0, q1, q2, q3, w)) >>> ((i & 3) << 4)) & 0xFFFF);
			if (differing <= (i <= a ? s : s - 1)) {
				return true;
			}
		}
		return false;
	}

	private static long word(long q0, long q1, long q2, long q3, int w) {
		return switch (w) {
			case 0 -> q0;
			case 1 -> q1;
			case 2 -> q2;
			default -> q3;
		};
	}

	/** Buckets probed in all substrings for r = 16 s + a. */
	private static int probes(int s, int a) {
		return (a + 1) * WITHIN[s] + (s > 0 ? (SUBSTRINGS - 1 - a) * WITHIN[s - 1] : 0);
	}

	long memoryBytes() {
		long bytes = 8L * words.length + 4L * payloads.length;
		if (offsets != null) {
			bytes += 4L * offsets.length + 4L * ids.length;
		}
		return bytes;
	}

}
