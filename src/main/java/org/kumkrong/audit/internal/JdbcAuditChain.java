package org.kumkrong.audit.internal;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.kumkrong.audit.AuditChain;
import org.kumkrong.audit.ChainVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals and verifies the audit chain with plain JDBC (see the package documentation for the design).
 * Both join the caller's transaction when there is one.
 */
@Component
class JdbcAuditChain implements AuditChain {

	private static final Logger log = LoggerFactory.getLogger(JdbcAuditChain.class);

	static final int SEAL_BATCH = 5_000;

	static final int VERIFY_PAGE = 10_000;

	private static final String LOCK_HEAD = "select last_position, last_hash from audit_chain_head where id = 1 for update";

	private final JdbcTemplate jdbc;

	private final JdbcTemplate streaming;

	private final TransactionTemplate transaction;

	private final ChainKey key;

	private final Clock clock;

	private final boolean scheduledSealing;

	JdbcAuditChain(DataSource dataSource, PlatformTransactionManager transactions, ChainKey key, Clock clock,
			@Value("${kumkrong.audit.scheduled-sealing:true}") boolean scheduledSealing) {
		this.scheduledSealing = scheduledSealing;
		this.jdbc = new JdbcTemplate(dataSource);
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(VERIFY_PAGE);
		this.transaction = new TransactionTemplate(transactions);
		this.key = key;
		this.clock = clock;
	}

	/**
	 * Seals within about a second of commit. A run that finds another sealer at work leaves it to that one.
	 * {@code kumkrong.audit.scheduled-sealing=false} turns it off on a node (the benchmark seals by hand).
	 */
	@Scheduled(fixedDelay = 1000, initialDelay = 1000)
	void sealOnSchedule() {
		if (!scheduledSealing) {
			return;
		}
		try {
			seal(true);
		}
		catch (DataAccessException ex) {
			// Retried a second later; entries stay safe (unsealed) meanwhile.
			log.warn("Audit sealing failed and will be retried: {}", ex.getMostSpecificCause().getClass().getName());
		}
	}

	@Override
	public long seal() {
		return seal(false);
	}

	private long seal(boolean skipWhenBusy) {
		byte[] secret = key.bytes();
		long total = 0;
		// [0]: the last queued seq taken in this run; [1]: how many the last batch took from the queue.
		long[] after = { 0, 0 };
		while (true) {
			Integer sealed = transaction.execute(status -> sealBatch(secret, skipWhenBusy, after));
			if (sealed == null || sealed < 0) {
				return total;
			}
			total += sealed;
			if (after[1] < SEAL_BATCH) {
				return total;
			}
		}
	}

	/** @return how many entries were sealed, or -1 when another sealer holds the head */
	private int sealBatch(byte[] secret, boolean skipWhenBusy, long[] after) {
		List<Head> heads = jdbc.query(skipWhenBusy ? LOCK_HEAD + " skip locked" : LOCK_HEAD,
				(rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
		if (heads.isEmpty()) {
			return -1;
		}
		Head head = heads.get(0);
		// Only committed entries are visible: an entry whose transaction is still open is sealed on a later run.
		// The queue table holds only the backlog, so a batch costs the same on a trail of any size.
		List<Long> queued = jdbc.queryForList("select seq from audit_unsealed where seq > ? order by seq limit " + SEAL_BATCH,
				Long.class, after[0]);
		after[1] = queued.size();
		if (queued.isEmpty()) {
			return 0;
		}
		// Read the queued entries by primary key (never by scanning for "chain_position is null").
		List<ChainEntry> entries = new java.util.ArrayList<>(queued.size());
		for (int from = 0; from < queued.size(); from += 500) {
			List<Long> chunk = queued.subList(from, Math.min(queued.size(), from + 500));
			String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
			entries.addAll(jdbc.query("select " + ChainEntry.COLUMNS + " from audit_entry where seq in (" + marks
					+ ") and chain_position is null order by seq", (rs, n) -> ChainEntry.read(rs), chunk.toArray()));
		}
		entries.sort(java.util.Comparator.comparingLong(ChainEntry::seq));
		// An entry queued but already chained (or gone) leaves the queue without being sealed twice.
		jdbc.batchUpdate("delete from audit_unsealed where seq = ?", queued.stream().map(seq -> new Object[] { seq }).toList());
		after[0] = queued.get(queued.size() - 1);
		if (entries.isEmpty()) {
			return 0;
		}
		var mac = new ChainMac(secret);
		byte[] previous = head.lastPosition() == 0 ? ChainMac.GENESIS : ChainMac.parse(head.lastHash());
		if (previous == null) {
			throw new IllegalStateException("The audit chain head holds no valid hash; run the verification");
		}
		long position = head.lastPosition();
		Timestamp now = Timestamp.from(clock.instant());
		Object[][] updates = new Object[entries.size()][];
		for (int i = 0; i < entries.size(); i++) {
			ChainEntry entry = entries.get(i);
			position++;
			previous = mac.hash(previous, entry, position);
			updates[i] = new Object[] { position, ChainMac.hex(previous), now, entry.seq() };
		}
		int[] counts = jdbc.batchUpdate(
				"update audit_entry set chain_position = ?, entry_hash = ?, sealed_at = ? where seq = ? and chain_position is null",
				Arrays.asList(updates));
		for (int count : counts) {
			if (count == 0) {
				throw new IllegalStateException("An audit entry changed while it was being sealed");
			}
		}

		jdbc.update("update audit_chain_head set last_position = ?, last_hash = ?, updated_at = ? where id = 1",
				position, ChainMac.hex(previous), now);
		return entries.size();
	}

	@Override
	public ChainVerification verify() {
		byte[] secret = key.bytes();
		// On PostgreSQL a cursor streams only inside a transaction; it also gives one connection throughout.
		return transaction.execute(status -> walk(secret));
	}

	private ChainVerification walk(byte[] secret) {
		var walk = new Walk(new ChainMac(secret));
		Head head;
		while (true) {
			long before;
			do {
				before = walk.checked;
				streaming.query("select " + ChainEntry.COLUMNS + " from audit_entry where chain_position > ? "
						+ "order by chain_position limit " + VERIFY_PAGE, ps -> ps.setLong(1, walk.lastPosition),
						rs -> {
							walk.check(ChainEntry.read(rs));
						});
			}
			while (walk.checked - before == VERIFY_PAGE);
			head = readHead();
			// A sealer may have committed more entries while we walked: check those too, then compare again.
			if (head.lastPosition() <= walk.lastPosition || walk.checked == before) {
				break;
			}
		}
		Long unsealed = jdbc.queryForObject("select count(*) from audit_entry where chain_position is null", Long.class);
		Long broken = walk.firstBroken;
		if (broken == null) {
			broken = againstHead(walk, head);
		}
		return broken == null ? ChainVerification.intact(walk.checked, unsealed)
				: ChainVerification.broken(broken, walk.checked, unsealed);
	}

	/** The chain must end exactly where the head row says, with the same hash. */
	private Long againstHead(Walk walk, Head head) {
		if (head.lastPosition() == walk.lastPosition) {
			return walk.lastPosition == 0 || walk.lastHash.equals(head.lastHash()) ? null : walk.lastSeq;
		}
		if (head.lastPosition() > walk.lastPosition) {
			// Entries are missing at the end of the chain: point at the last one still there.
			return walk.lastPosition == 0 ? 0L : walk.lastSeq;
		}
		// Sealed entries beyond the head were not sealed by the sealer: name the first of them.
		return jdbc.queryForObject("select seq from audit_entry where chain_position = ?", Long.class,
				head.lastPosition() + 1);
	}

	private Head readHead() {
		return jdbc.queryForObject("select last_position, last_hash from audit_chain_head where id = 1",
				(rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
	}

	private record Head(long lastPosition, String lastHash) {
	}

	/** The state of one verification pass over entries in chain order. */
	private static final class Walk {

		private final ChainMac mac;

		private byte[] previous = ChainMac.GENESIS;

		long lastPosition;

		long lastSeq;

		String lastHash;

		long checked;

		Long firstBroken;

		Walk(ChainMac mac) {
			this.mac = mac;
		}

		void check(ChainEntry entry) {
			long position = entry.chainPosition();
			// Positions run 1, 2, 3 … without gaps: a gap means an entry was removed or moved.
			boolean ok = position == lastPosition + 1;
			byte[] computed = mac.hash(previous, entry, position);
			byte[] stored = ChainMac.parse(entry.entryHash());
			ok &= stored != null && MessageDigest.isEqual(computed, stored);
			if (!ok && firstBroken == null) {
				firstBroken = entry.seq();
			}
			// Carry on from what is stored, so one bad entry does not hide whether the rest agree.
			previous = stored != null ? stored : computed;
			lastPosition = position;
			lastSeq = entry.seq();
			lastHash = entry.entryHash();
			checked++;
		}

	}

}
