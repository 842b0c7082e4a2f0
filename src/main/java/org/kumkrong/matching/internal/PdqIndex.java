package org.kumkrong.matching.internal;

import java.util.Arrays;
import java.util.concurrent.Executor;

/**
 * The in-memory near-neighbour index of PDQ hashes (issue 5): which known hashes lie within a Hamming
 * distance of a new file's hash. Built once at start from every hash of the hash lists and earlier evidence,
 * it takes inserts while it serves queries from other threads.
 * <p>
 * A hash is 256 bits packed in 4 longs; with it goes an int payload, a slot number the caller maps to its
 * own record. There is no object per hash: about 94 bytes each at 10,000,000 (see {@link Segment}).
 * <p>
 * Design: one immutable, indexed {@link Segment} plus a short list of tails, append-only packed arrays
 * scanned linearly, all held in an immutable snapshot behind a volatile reference. A query reads one
 * snapshot and never locks. {@link #add} (serialised on a lock) appends to the last tail; when a tail is full
 * ({@code tailLimit} hashes, 65,536 by default) it is frozen, a new tail started, and a merge of the segment
 * with the frozen tails is built off the inserting path (by default in a new daemon thread) and swapped in
 * atomically. While a merge runs, the segment, frozen tails and live tail are all searched, so an inserted
 * hash is found by every query that starts after {@code add} returns.
 * <p>
 * Removal: there is none. When a hash list version is retired, the caller ignores its slots in its
 * {@link HitConsumer} and, when convenient, builds a new index with {@link #build} and swaps its reference.
 * A merge needs the memory of a second copy of the index for a moment (about 94 bytes per hash).
 */
final class PdqIndex {

	/** Receives each hash found: its payload and its Hamming distance from the query. */
	@FunctionalInterface
	interface HitConsumer {

		void accept(int payload, int distance);

	}

	static final int DEFAULT_TAIL_LIMIT = 65_536;

	private static final int FIRST_TAIL_CAPACITY = 256;

	private static final Executor MERGE_THREAD = merge -> {
		Thread thread = new Thread(merge, "pdq-index-merge");
		thread.setDaemon(true);
		thread.start();
	};

	/** Hashes appended after the segment was built; entries below count are complete and never change. */
	private static final class Tail {

		final long[] words;

		final int[] payloads;

		volatile int count;

		Tail(int capacity) {
			this.words = new long[4 * capacity];
			this.payloads = new int[capacity];
		}

	}

	/** What a query sees: the segment and the tails, the last of which is the one being appended to. */
	private record Snapshot(Segment segment, Tail[] tails) {
	}

	private final Object lock = new Object();

	private final int tailLimit;

	private final Executor merger;

	private volatile Snapshot snapshot;

	/** Whether a merge is under way; guarded by lock. */
	private boolean merging;

	private PdqIndex(Segment segment, int tailLimit, Executor merger) {
		if (tailLimit < 1) {
			throw new IllegalArgumentException("tailLimit must be positive");
		}
		this.tailLimit = tailLimit;
		this.merger = merger;
		this.snapshot = new Snapshot(segment, new Tail[] { new Tail(Math.min(FIRST_TAIL_CAPACITY, tailLimit)) });
	}

	static PdqIndex empty() {
		return new PdqIndex(Segment.EMPTY, DEFAULT_TAIL_LIMIT, MERGE_THREAD);
	}

	/**
	 * Builds an index of the first {@code count} hashes of {@code packedHashes} (hash i in words 4i..4i+3)
	 * with their payloads. The arrays are copied: the caller may reuse them.
	 */
	static PdqIndex build(long[] packedHashes, int[] payloads, int count) {
		return build(packedHashes, payloads, count, DEFAULT_TAIL_LIMIT, MERGE_THREAD);
	}

	/** As {@link #build(long[], int[], int)}, with the tail size and where merges run (tests, benchmarks). */
	static PdqIndex build(long[] packedHashes, int[] payloads, int count, int tailLimit, Executor merger) {
		if (count < 0 || packedHashes.length < 4L * count || payloads.length < count) {
			throw new IllegalArgumentException("count exceeds the hashes or payloads given");
		}
		Segment segment = Segment.of(Arrays.copyOf(packedHashes, 4 * count), Arrays.copyOf(payloads, count), count);
		return new PdqIndex(segment, tailLimit, merger);
	}

	/** Adds one hash; safe to call from any thread, while others search. */
	void add(long w0, long w1, long w2, long w3, int payload) {
		boolean startMerge = false;
		synchronized (lock) {
			Snapshot current = snapshot;
			Tail[] tails = current.tails();
			Tail tail = tails[tails.length - 1];
			int n = tail.count;
			if (n == tail.payloads.length) {
				if (n < tailLimit) {
					// Grow: the copy replaces the full tail; a query still holding the old one sees its entries.
					Tail grown = new Tail(Math.min(2 * n, tailLimit));
					System.arraycopy(tail.words, 0, grown.words, 0, 4 * n);
					System.arraycopy(tail.payloads, 0, grown.payloads, 0, n);
					grown.count = n;
					tails = tails.clone();
					tails[tails.length - 1] = grown;
					tail = grown;
				}
				else {
					tails = Arrays.copyOf(tails, tails.length + 1);
					tail = new Tail(Math.min(FIRST_TAIL_CAPACITY, tailLimit));
					tails[tails.length - 1] = tail;
					n = 0;
					startMerge = !merging;
					merging = true;
				}
				snapshot = new Snapshot(current.segment(), tails);
			}
			int o = 4 * n;
			tail.words[o] = w0;
			tail.words[o + 1] = w1;
			tail.words[o + 2] = w2;
			tail.words[o + 3] = w3;
			tail.payloads[n] = payload;
			// The volatile write publishes the entry to every query that reads the count afterwards.
			tail.count = n + 1;
		}
		if (startMerge) {
			startMerge();
		}
	}

	private void startMerge() {
		try {
			merger.execute(this::merge);
		}
		catch (RuntimeException rejected) {
			synchronized (lock) {
				merging = false;
			}
			throw rejected;
		}
	}

	/** Folds the frozen tails (all but the last) into a new segment and swaps it in. */
	private void merge() {
		boolean again = false;
		try {
			Snapshot start = snapshot;
			Tail[] frozen = Arrays.copyOf(start.tails(), start.tails().length - 1);
			int extra = 0;
			for (Tail tail : frozen) {
				extra += tail.count;
			}
			long[] words = new long[4 * extra];
			int[] payloads = new int[extra];
			int at = 0;
			for (Tail tail : frozen) {
				System.arraycopy(tail.words, 0, words, 4 * at, 4 * tail.count);
				System.arraycopy(tail.payloads, 0, payloads, at, tail.count);
				at += tail.count;
			}
			Segment merged = start.segment().append(words, payloads, extra);
			synchronized (lock) {
				// Only merges replace the segment and they run one at a time, so the frozen tails are still
				// the first ones of the current snapshot; later tails stay.
				Tail[] tails = snapshot.tails();
				snapshot = new Snapshot(merged, Arrays.copyOfRange(tails, frozen.length, tails.length));
				again = tails.length - frozen.length > 1;
				merging = again;
			}
		}
		finally {
			if (!again) {
				synchronized (lock) {
					merging = false;
				}
			}
		}
		if (again) {
			startMerge();
		}
	}

	/**
	 * Reports each hash within {@code maxDistance} bits of the query, once, in no particular order. Exact at
	 * any distance. The cost grows with the distance: the probe radius per substring grows by the pigeonhole
	 * principle ({@code maxDistance / m}, m = 12 substrings at 10,000,000 hashes: radius 2 up to 35, 3 up to
	 * 47, 4 above), and when probing would read more than a scan, the segment is scanned (from 52 bits at
	 * 10,000,000 hashes; at any distance below 4,096 hashes).
	 */
	void search(long q0, long q1, long q2, long q3, int maxDistance, HitConsumer hits) {
		if (maxDistance < 0) {
			throw new IllegalArgumentException("maxDistance must not be negative");
		}
		Snapshot current = snapshot;
		current.segment().search(q0, q1, q2, q3, maxDistance, hits);
		for (Tail tail : current.tails()) {
			LinearScan.search(tail.words, tail.payloads, 0, tail.count, q0, q1, q2, q3, maxDistance, hits);
		}
	}

	int size() {
		Snapshot current = snapshot;
		int size = current.segment().count;
		for (Tail tail : current.tails()) {
			size += tail.count;
		}
		return size;
	}

	/** Bytes held by the arrays of the current snapshot (the object headers around them are negligible). */
	long memoryBytes() {
		Snapshot current = snapshot;
		long bytes = current.segment().memoryBytes();
		for (Tail tail : current.tails()) {
			bytes += 8L * tail.words.length + 4L * tail.payloads.length;
		}
		return bytes;
	}

}
