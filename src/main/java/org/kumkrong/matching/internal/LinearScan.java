package org.kumkrong.matching.internal;

/**
 * The plain way to find PDQ hashes near a query: compare it with every packed hash in turn. The index uses it
 * for small segments and for the tail of recent inserts, and the tests and the benchmark use it as the exact
 * reference the index must agree with.
 */
final class LinearScan {

	private LinearScan() {
	}

	/**
	 * Reports every hash {@code from <= i < to} of {@code words} (4 longs per hash) within {@code maxDistance}
	 * bits of the query, with its payload.
	 */
	static void search(long[] words, int[] payloads, int from, int to, long q0, long q1, long q2, long q3,
			int maxDistance, PdqIndex.HitConsumer hits) {
		for (int i = from; i < to; i++) {
			int o = i << 2;
			int distance = Long.bitCount(words[o] ^ q0) + Long.bitCount(words[o + 1] ^ q1)
					+ Long.bitCount(words[o + 2] ^ q2) + Long.bitCount(words[o + 3] ^ q3);
			if (distance <= maxDistance) {
				hits.accept(payloads[i], distance);
			}
		}
	}

}
