package org.kumkrong.matching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.kumkrong.matching.PdqHash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The in-memory PDQ index of every usable PDQ hash the system knows: entries of active hash lists (slot =
 * the entry's id) and sightings of evidence files (slot = minus the sighting's number). Built from the
 * database at start (in the background, so a large list does not delay start-up; a query meanwhile waits for
 * it), added to on every new sighting, rebuilt when a list is imported or retired. Another node's new
 * sightings and lists reach this one through {@link #catchUp()}, which reads what was added since.
 */
@Component
class PdqMemory implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(PdqMemory.class);

	/** Hits of one PDQ query, slot and distance. */
	interface Hits {

		void hit(int slot, int distance);

	}

	private final JdbcTemplate jdbc;

	private final MatchingSettings settings;

	/** Guards changes of the index; never held during database work. */
	private final Object writes = new Object();

	/** One rebuild at a time. */
	private final Object reloads = new Object();

	private static final int CATCH_UP_LOOK_BACK = 10_000;

	/** The numbers of the sightings in the index (guarded by {@code writes}). */
	private BitSet sightings = new BitSet();

	/** Sightings added while a rebuild reads the database (guarded by {@code writes}). */
	private List<Added> addedDuringReload;

	private volatile PdqIndex index;

	private volatile long lastSighting;

	private volatile String listsState = "";

	PdqMemory(JdbcTemplate jdbc, MatchingSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * Starts the first build once every bean exists (the schema is migrated by then), before any ready listener
	 * (demo data, commands) can ask a question that would wait for it.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		Thread build = new Thread(this::reload, "pdq-index-build");
		build.setDaemon(true);
		build.start();
	}

	/** Searches every hash within {@code maxDistance} bits of {@code hex}. */
	void search(String hex, int maxDistance, Hits hits) {
		long[] words = words(hex);
		current().search(words[0], words[1], words[2], words[3], maxDistance, hits::hit);
	}

	/**
	 * Adds a sighting's hash (quality already checked). Called after a commit, while the caller may still hold
	 * a database connection: so no database work is ever done while {@code writes} is held.
	 */
	void addSighting(int number, String hex) {
		long[] words = words(hex);
		synchronized (writes) {
			PdqIndex current = index;
			if (current != null && !sightings.get(number)) {
				current.add(words[0], words[1], words[2], words[3], -number);
				sightings.set(number);
				lastSighting = Math.max(lastSighting, number);
			}
			if (addedDuringReload != null) {
				// A rebuild is reading the database right now and may have missed it.
				addedDuringReload.add(new Added(number, words));
			}
		}
	}

	private record Added(int number, long[] words) {
	}

	/**
	 * Rebuilds the whole index from the database (at start, and when a list was imported or retired). The
	 * database is read without holding {@code writes}; sightings added meanwhile are replayed into the new
	 * index when it is swapped in.
	 */
	void reload() {
		synchronized (reloads) {
			long started = System.nanoTime();
			synchronized (writes) {
				addedDuringReload = new ArrayList<>();
			}
			Loaded loaded = new Loaded();
			String state;
			long[] maxNumber = { 0 };
			try {
				state = listsState();
				jdbc.query("""
						select e.id, e.hash from matching_list_entry e join matching_hash_list l on l.id = e.list_id
						where l.active = true and e.hash_type = 'PDQ'""", rs -> {
					loaded.add(rs.getString(2), Math.toIntExact(rs.getLong(1)));
				});
				jdbc.query("select num, pdq from matching_sighting where pdq is not null and pdq_quality >= ?", rs -> {
					int number = rs.getInt(1);
					loaded.add(rs.getString(2), -number);
					loaded.sightings.set(number);
					maxNumber[0] = Math.max(maxNumber[0], number);
				}, settings.pdqMinQuality());
			}
			catch (RuntimeException ex) {
				synchronized (writes) {
					addedDuringReload = null;
				}
				throw ex;
			}
			PdqIndex built = PdqIndex.build(loaded.hashes, loaded.slots, loaded.count);
			synchronized (writes) {
				long last = maxNumber[0];
				for (Added added : addedDuringReload) {
					if (!loaded.sightings.get(added.number())) {
						built.add(added.words()[0], added.words()[1], added.words()[2], added.words()[3], -added.number());
						loaded.sightings.set(added.number());
					}
					last = Math.max(last, added.number());
				}
				addedDuringReload = null;
				index = built;
				sightings = loaded.sightings;
				lastSighting = Math.max(lastSighting, last);
				listsState = state;
				writes.notifyAll();
			}
			log.info("PDQ index holds {} hashes (built in {} ms)", built.size(), (System.nanoTime() - started) / 1_000_000);
		}
	}

	/**
	 * Learns what other nodes added: new sightings are added, a changed set of lists rebuilds the index. Cheap
	 * when nothing changed (two small queries).
	 */
	@Scheduled(fixedDelayString = "${kumkrong.matching.catch-up:PT1M}", initialDelayString = "PT1M")
	void catchUp() {
		if (index == null) {
			return;
		}
		if (!listsState().equals(listsState)) {
			reload();
			return;
		}
		List<Added> found = new ArrayList<>();
		// Numbers are taken in one order and committed in another: look back a little, skip what is known.
		jdbc.query("select num, pdq from matching_sighting where num > ? and pdq is not null and pdq_quality >= ? order by num",
				rs -> {
					found.add(new Added(rs.getInt(1), words(rs.getString(2))));
				}, Math.max(0, lastSighting - CATCH_UP_LOOK_BACK), settings.pdqMinQuality());
		synchronized (writes) {
			for (Added added : found) {
				if (!sightings.get(added.number())) {
					index.add(added.words()[0], added.words()[1], added.words()[2], added.words()[3], -added.number());
					sightings.set(added.number());
					lastSighting = Math.max(lastSighting, added.number());
				}
			}
		}
	}

	int size() {
		return current().size();
	}

	private PdqIndex current() {
		PdqIndex current = index;
		if (current != null) {
			return current;
		}
		synchronized (writes) {
			while (index == null) {
				try {
					writes.wait(1_000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while the PDQ index was being built", ex);
				}
			}
			return index;
		}
	}

	private String listsState() {
		return jdbc.queryForObject("select count(*), max(imported_at), count(retired_at) from matching_hash_list",
				(rs, n) -> rs.getLong(1) + ":" + rs.getTimestamp(2) + ":" + rs.getLong(3));
	}

	static long[] words(String hex) {
		return PdqHash.parse(hex).words();
	}

	/** Hashes read from the database, packed four longs apiece, with their slots. */
	private static final class Loaded {

		long[] hashes = new long[4 * 1024];

		int[] slots = new int[1024];

		int count;

		final BitSet sightings = new BitSet();

		void add(String hex, int slot) {
			if (count == slots.length) {
				slots = Arrays.copyOf(slots, slots.length * 2);
				hashes = Arrays.copyOf(hashes, hashes.length * 2);
			}
			long[] words = words(hex);
			System.arraycopy(words, 0, hashes, count * 4, 4);
			slots[count++] = slot;
		}

	}

}
