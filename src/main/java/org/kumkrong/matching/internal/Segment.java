package org.kumkrong.matching.internal;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * An immutable set of PDQ hashes with a multi-index hashing table over them (Norouzi, Punjani and Fleet,
 * "Fast search in Hamming space with multi-index hashing", CVPR 2012).
 * <p>
 * The 256 bits are cut into {@code m = 256 / b} substrings of {@code b} bits (substring {@code j} is bits
 * {@code j*b .. j*b+b-1}, word 0 bit 0 first; the last {@code 256 - m*b} bits are only verified). For each
 * substring the hashes are bucketed by its value in CSR form: bucket {@code k = (j << b) + value} holds hash
 * numbers {@code ids[offsets[k]] .. ids[offsets[k+1]-1]}, ascending. {@code b} grows with the number of
 * hashes, as the paper advises ({@code b ≈ log2 N}), so that buckets stay small: at 10,000,000 hashes
 * {@code b = 21}, 12 substrings, about 5 hashes a bucket. Memory per hash: {@code m} ids + 4 words + 1 payload
 * (48 + 32 + 4 bytes at b = 21) plus the offsets, {@code 4m·2^b} bytes in all (about 10 bytes a hash at
 * 10,000,000). Nothing is an object per hash.
 * <p>
 * Why it is exact: write the radius as {@code r = m*s + a} with {@code 0 <= a < m}. If a hash is within
 * {@code r} of the query, then one of the first {@code a+1} substrings differs in at most {@code s} bits or one
 * of the others in at most {@code s-1} (otherwise the distance would be at least
 * {@code (a+1)(s+1) + (m-1-a)s = r+1}). So probing, per substring, every bucket within that small radius of the
 * query's substring finds every neighbour; each candidate is then verified on all 256 bits. A hash found
 * through several substrings is reported only by the first one whose probe radius covers it, which removes
 * duplicates without any per-query memory. At b = 21 and r = 31: radius 2 on 8 substrings (232 buckets each)
 * and radius 1 on 4 (22 each). When the radius is so large that probing would cost more than reading every
 * hash once, the segment scans linearly instead: still exact, only slower.
 */
final class Segment {

	/** Below this many hashes a scan is as fast as the table. */
	static final int MIN_INDEXED = 4096;

	private static final int MIN_BITS = 8;

	private static final int MAX_BITS = 24;

	/** Probe radii up to this are served from precomputed masks; above, the segment scans. */
	private static final int MAX_PROBE_RADIUS = 4;

	/**
	 * For each substring width b, all b-bit masks of at most {@link #MAX_PROBE_RADIUS} bits, by number of bits
	 * set; the first {@code WITHIN[b][s]} are those of at most s bits.
	 */
	private static final int[][] MASKS = new int[MAX_BITS + 1][];

	private static final int[][] WITHIN = new int[MAX_BITS + 1][MAX_PROBE_RADIUS + 1];

	static {
		for (int b = MIN_BITS; b <= MAX_BITS; b++) {
			int[] masks = new int[0];
			for (int s = 0; s <= MAX_PROBE_RADIUS; s++) {
				int[] ofS = masksOf(b, s);
				masks = Arrays.copyOf(masks, masks.length + ofS.length);
				System.arraycopy(ofS, 0, masks, masks.length - ofS.length, ofS.length);
				WITHIN[b][s] = masks.length;
			}
			MASKS[b] = masks;
		}
	}

	/** All b-bit values with exactly s bits set. */
	private static int[] masksOf(int b, int s) {
		if (s == 0) {
			return new int[] { 0 };
		}
		// Each mask of s bits is a mask of s-1 bits plus one bit above its highest.
		return Arrays.stream(masksOf(b, s - 1))
			.flatMap(mask -> IntStream.range(mask == 0 ? 0 : 32 - Integer.numberOfLeadingZeros(mask), b)
				.map(bit -> mask | (1 << bit)))
			.toArray();
	}

	/** Most hashes a segment holds: from 2^18 hashes up there are at most 16 ids a hash, in one int array. */
	static final int MAX_HASHES = Integer.MAX_VALUE / 16;

	static final Segment EMPTY = new Segment(new long[0], new int[0], 0, 0, null, null);

	final long[] words;

	final int[] payloads;

	final int count;

	/** Bits per substring; 0 when the segment is scanned rather than indexed. */
	private final int bits;

	private final int substrings;

	private final int[] offsets;

	private final int[] ids;

	private Segment(long[] words, int[] payloads, int count, int bits, int[] offsets, int[] ids) {
		this.words = words;
		this.payloads = payloads;
		this.count = count;
		this.bits = bits;
		this.substrings = bits == 0 ? 0 : 256 / bits;
		this.offsets = offsets;
		this.ids = ids;
	}

	/** The substring width for n hashes: log2 n - 2, so that there are about 4 to 8 hashes a bucket. */
	static int bitsFor(int n) {
		return n < MIN_INDEXED ? 0 : Math.max(MIN_BITS, Math.min(MAX_BITS, 29 - Integer.numberOfLeadingZeros(n)));
	}

	/** A segment owning (not copying) the given arrays, which hold at least count hashes. */
	static Segment of(long[] words, int[] payloads, int count) {
		return of(words, payloads, count, bitsFor(count));
	}

	/** As {@link #of(long[], int[], int)} with the substring width given (0: scanned), for tests. */
	static Segment of(long[] words, int[] payloads, int count, int bits) {
		if (count > MAX_HASHES) {
			throw new IllegalArgumentException("A PDQ index segment holds at most " + MAX_HASHES + " hashes");
		}
		if (bits != 0 && (bits < MIN_BITS || bits > MAX_BITS)) {
			throw new IllegalArgumentException("Substrings have " + MIN_BITS + " to " + MAX_BITS + " bits");
		}
		if (bits == 0) {
			return new Segment(words, payloads, count, 0, null, null);
		}
		int substrings = 256 / bits;
		int[] offsets = new int[(substrings << bits) + 1];
		int[] ids = new int[substrings * count];
		// One task per substring; the tasks write disjoint parts of both arrays.
		IntStream.range(0, substrings).parallel().forEach(j -> sort(words, count, j, bits, offsets, ids));
		offsets[offsets.length - 1] = substrings * count;
		return new Segment(words, payloads, count, bits, offsets, ids);
	}

	/**
	 * Buckets the hashes by substring j: a counting sort in two radix passes, first by the high bits into
	 * at most 8,192 runs, then each run (small enough to stay in cache) by the low 11 bits. One pass over 2^21
	 * buckets at once would miss the cache on nearly every write.
	 */
	private static void sort(long[] words, int count, int j, int bits, int[] offsets, int[] ids) {
		int low = Math.min(bits, 11);
		int high = bits - low;
		int lowMask = (1 << low) - 1;
		int region = j * count;
		int[] runs = new int[(1 << high) + 1];
		for (int i = 0; i < count; i++) {
			runs[(substring(words, i << 2, j, bits) >>> low) + 1]++;
		}
		for (int c = 1; c < runs.length; c++) {
			runs[c] += runs[c - 1];
		}
		int[] next = Arrays.copyOf(runs, runs.length - 1);
		char[] lowBits = new char[count];
		for (int i = 0; i < count; i++) {
			int value = substring(words, i << 2, j, bits);
			int at = next[value >>> low]++;
			ids[region + at] = i;
			lowBits[at] = (char) (value & lowMask);
		}
		int[] fine = new int[1 << low];
		int[] run = new int[0];
		for (int c = 0; c < runs.length - 1; c++) {
			int from = runs[c];
			int length = runs[c + 1] - from;
			Arrays.fill(fine, 0);
			for (int t = from; t < from + length; t++) {
				fine[lowBits[t]]++;
			}
			int bucket = (j << bits) + (c << low);
			for (int f = 0, at = region + from; f < fine.length; f++) {
				offsets[bucket + f] = at;
				int size = fine[f];
				fine[f] = at;
				at += size;
			}
			if (run.length < length) {
				run = new int[Math.max(length, 2 * run.length)];
			}
			System.arraycopy(ids, region + from, run, 0, length);
			for (int t = 0; t < length; t++) {
				ids[fine[lowBits[from + t]]++] = run[t];
			}
		}
	}

	/** Substring j (b bits from bit j*b) of the hash whose first word is words[o]. */
	private static int substring(long[] words, int o, int j, int bits) {
		int from = j * bits;
		int shift = from & 63;
		long value = words[o + (from >>> 6)] >>> shift;
		if (shift + bits > 64) {
			value |= words[o + (from >>> 6) + 1] << (64 - shift);
		}
		return (int) value & ((1 << bits) - 1);
	}

	/**
	 * A new segment holding this one's hashes followed by {@code extraCount} more. When the width stays the
	 * same, the extra hashes are sorted and slipped into this segment's buckets (long sequential copies, no
	 * counting sort of the whole set); otherwise the table is built anew.
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
		if (bits == 0 || bitsFor(total) != bits) {
			return of(allWords, allPayloads, total);
		}
		int[] allOffsets = new int[offsets.length];
		int[] allIds = new int[substrings * total];
		IntStream.range(0, substrings).parallel().forEach(j -> {
			// The extra hashes of this substring as (value, id) pairs in bucket order.
			long[] extra = new long[extraCount];
			for (int e = 0; e < extraCount; e++) {
				extra[e] = ((long) substring(extraWords, e << 2, j, bits) << 32) | (count + e);
			}
			Arrays.sort(extra);
			// Base buckets between two extra hashes move in one copy, shifted by the extras before them.
			int first = j << bits;
			int from = offsets[first];
			int to = j * total;
			for (int e = 0; e < extraCount;) {
				int value = (int) (extra[e] >>> 32);
				int end = offsets[first + value + 1];
				System.arraycopy(ids, from, allIds, to, end - from);
				to += end - from;
				from = end;
				for (; e < extraCount && (int) (extra[e] >>> 32) == value; e++) {
					allIds[to++] = (int) extra[e];
				}
			}
			System.arraycopy(ids, from, allIds, to, offsets[first + (1 << bits)] - from);
			int shift = j * total - offsets[first];
			for (int value = 0, e = 0; value < 1 << bits; value++) {
				for (; e < extraCount && (int) (extra[e] >>> 32) < value; e++) {
					shift++;
				}
				allOffsets[first + value] = offsets[first + value] + shift;
			}
		});
		allOffsets[allOffsets.length - 1] = substrings * total;
		return new Segment(allWords, allPayloads, total, bits, allOffsets, allIds);
	}

	/** Reports every hash within {@code maxDistance} bits of the query exactly once. */
	void search(long q0, long q1, long q2, long q3, int maxDistance, PdqIndex.HitConsumer hits) {
		if (count == 0 || maxDistance < 0) {
			return;
		}
		int s = bits == 0 ? 0 : maxDistance / substrings;
		int a = bits == 0 ? 0 : maxDistance % substrings;
		if (bits == 0 || s > MAX_PROBE_RADIUS || probingCostsMoreThanScan(s, a)) {
			LinearScan.search(words, payloads, 0, count, q0, q1, q2, q3, maxDistance, hits);
		}
		else {
			probe(q0, q1, q2, q3, maxDistance, hits);
		}
	}

	/** The multi-index search proper, whatever its cost; the probe radius must be at most 4. */
	void probe(long q0, long q1, long q2, long q3, int maxDistance, PdqIndex.HitConsumer hits) {
		int s = maxDistance / substrings;
		int a = maxDistance % substrings;
		if (bits == 0 || s > MAX_PROBE_RADIUS) {
			throw new IllegalStateException("Probing needs an indexed segment and a probe radius up to 4");
		}
		long[] query = { q0, q1, q2, q3 };
		int[] parts = new int[substrings];
		for (int j = 0; j < substrings; j++) {
			parts[j] = substring(query, 0, j, bits);
		}
		int[] masks = MASKS[bits];
		for (int j = 0; j < substrings; j++) {
			int radius = j <= a ? s : s - 1;
			if (radius < 0) {
				break;
			}
			int base = j << bits;
			int value = parts[j];
			for (int p = 0, probes = WITHIN[bits][radius]; p < probes; p++) {
				int bucket = base + (value ^ masks[p]);
				for (int k = offsets[bucket], end = offsets[bucket + 1]; k < end; k++) {
					int id = ids[k];
					int o = id << 2;
					int distance = Long.bitCount(words[o] ^ q0) + Long.bitCount(words[o + 1] ^ q1)
							+ Long.bitCount(words[o + 2] ^ q2) + Long.bitCount(words[o + 3] ^ q3);
					if (distance <= maxDistance && !foundEarlier(o, j, s, a, parts)) {
						hits.accept(payloads[id], distance);
					}
				}
			}
		}
	}

	/** Whether a substring before j, within its own probe radius of the query, has already reported hash o/4. */
	private boolean foundEarlier(int o, int j, int s, int a, int[] parts) {
		for (int i = 0; i < j; i++) {
			if (Integer.bitCount(substring(words, o, i, bits) ^ parts[i]) <= (i <= a ? s : s - 1)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the random reads of probing (about two per bucket probed and one per candidate) would take
	 * longer than reading all hashes in sequence, which runs some 30 times faster per hash.
	 */
	private boolean probingCostsMoreThanScan(int s, int a) {
		long buckets = (long) (a + 1) * WITHIN[bits][s] + (s > 0 ? (long) (substrings - 1 - a) * WITHIN[bits][s - 1] : 0);
		long candidates = buckets * count >> bits;
		return 2 * buckets + candidates > count / 32;
	}

	long memoryBytes() {
		long bytes = 8L * words.length + 4L * payloads.length;
		if (offsets != null) {
			bytes += 4L * offsets.length + 4L * ids.length;
		}
		return bytes;
	}

}
