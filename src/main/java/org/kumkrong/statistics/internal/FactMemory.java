package org.kumkrong.statistics.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link FactCube} equal to {@code statistics_fact}: loads every fact when the application is ready (in the
 * background; queries wait for it), then reads new facts and the facts of changed subjects after each local
 * projection and every few seconds (so facts written by another node arrive too). One thread writes at a time.
 */
@Component
class FactMemory {

	private static final Logger log = LoggerFactory.getLogger(FactMemory.class);

	/** Facts are re-read this far behind the last one seen: another node's transaction may commit late. */
	private static final long LATE_WINDOW = 1000;

	private final FactStore store;

	private final FactCube cube = new FactCube();

	private final ReentrantLock writer = new ReentrantLock();

	private final CountDownLatch loaded = new CountDownLatch(1);

	private volatile long lastChange;

	FactMemory(FactStore store) {
		this.store = store;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(100)
	void loadInBackground() {
		Thread thread = new Thread(() -> {
			try {
				long started = System.nanoTime();
				reload();
				log.info("Statistics: {} facts in memory in {} ms", cube.size(), (System.nanoTime() - started) / 1_000_000);
			}
			catch (RuntimeException ex) {
				log.error("Loading the statistics failed", ex);
			}
			finally {
				loaded.countDown();
			}
		}, "statistics-load");
		thread.setDaemon(true);
		thread.start();
	}

	/** The cube, once loaded (waits up to a minute for the first load). */
	FactCube cube() {
		try {
			if (!loaded.await(60, TimeUnit.SECONDS)) {
				throw new IllegalStateException("The statistics are still loading");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the statistics load", ex);
		}
		return cube;
	}

	boolean isLoaded() {
		return loaded.getCount() == 0;
	}

	/** Everything again from the database. */
	void reload() {
		writer.lock();
		try {
			cube.clear();
			lastChange = store.lastChange();
			read(0);
		}
		finally {
			writer.unlock();
		}
	}

	/** New facts, and facts of subjects changed since the last look. */
	@Scheduled(fixedDelayString = "${kumkrong.statistics.refresh:10s}", initialDelayString = "${kumkrong.statistics.refresh:10s}")
	void sync() {
		if (!isLoaded()) {
			return;
		}
		writer.lock();
		try {
			long[] last = new long[1];
			List<String> changed = store.changesAfter(lastChange, last);
			if (changed.contains("*")) {
				cube.clear();
				lastChange = last[0];
				read(0);
				return;
			}
			read(Math.max(0, cube.lastSeq() - LATE_WINDOW));
			if (!changed.isEmpty()) {
				store.readSubjects(changed, rs -> {
					try {
						cube.put(rs);
					}
					catch (SQLException ex) {
						throw new IllegalStateException(ex);
					}
				});
			}
			lastChange = last[0];
		}
		catch (IllegalStateException ex) {
			log.warn("Statistics in memory out of step ({}); reloading", ex.getMessage());
			cube.clear();
			lastChange = store.lastChange();
			read(0);
		}
		finally {
			writer.unlock();
		}
	}

	private void read(long after) {
		store.readAfter(after, rs -> {
			try {
				if (after == 0 || !cube.contains(rs.getLong(1))) {
					cube.put(rs);
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

}
