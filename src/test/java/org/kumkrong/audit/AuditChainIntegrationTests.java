package org.kumkrong.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chain over the shared test database. Tampering happens only inside transactions that are rolled
 * back, with sealing and verification running on that same transaction, so other tests never see it and
 * the scheduled sealer (which skips while the chain head is locked) never races with it.
 */
@KumkrongIntegrationTest
class AuditChainIntegrationTests {

	private static final String TAMPER_ACTION = "audit.test.tamper";

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditChain chain;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void sealerChainsEntriesInSequenceOrder() {
		String marker = UUID.randomUUID().toString();
		for (int i = 0; i < 5; i++) {
			trail.record(null, null, "audit.test.order", "audit_test", marker + "-" + i, AuditOutcome.SUCCESS);
		}
		chain.seal();
		List<long[]> rows = jdbc.query("select seq, chain_position from audit_entry where record_id like ? order by seq",
				(rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }, marker + "-%");
		assertThat(rows).hasSize(5);
		for (int i = 1; i < rows.size(); i++) {
			assertThat(rows.get(i)[1]).isGreaterThan(rows.get(i - 1)[1]);
		}
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_id like ? and "
				+ "(entry_hash is null or sealed_at is null)", Long.class, marker + "-%")).isZero();
	}

	@Test
	void verificationIsIntactOnAnUntouchedChain() {
		trail.record(null, null, "audit.test.untouched", "audit_test", UUID.randomUUID(), AuditOutcome.SUCCESS);
		chain.seal();
		ChainVerification result = chain.verify();
		assertThat(result.intact()).isTrue();
		assertThat(result.firstBrokenEntry()).isNull();
		assertThat(result.entries()).isPositive();
	}

	@Test
	void entryIsRolledBackWithItsCallersTransaction() {
		String recordId = UUID.randomUUID().toString();
		assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
			trail.record(null, null, "audit.test.rollback", "audit_test", recordId, AuditOutcome.SUCCESS);
			throw new IllegalStateException("the caller's work failed");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_id = ?", Long.class, recordId))
			.isZero();
	}

	@Test
	void entryCommittedLateIsSealedAfterEntriesCommittedBeforeIt() throws Exception {
		String marker = UUID.randomUUID().toString();
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			Future<?> late = executor.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
				trail.record(null, null, "audit.test.late", "audit_test", marker + "-late", AuditOutcome.SUCCESS);
				written.countDown();
				await(release);
			}));
			assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
			trail.record(null, null, "audit.test.late", "audit_test", marker + "-early", AuditOutcome.SUCCESS);
			chain.seal();
			release.countDown();
			late.get(10, TimeUnit.SECONDS);
			chain.seal();
		}
		finally {
			release.countDown();
			executor.shutdownNow();
		}
		long[] lateRow = row(marker + "-late");
		long[] earlyRow = row(marker + "-early");
		assertThat(lateRow[0]).isLessThan(earlyRow[0]);
		assertThat(lateRow[1]).isGreaterThan(earlyRow[1]);
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void unsealedEntriesAreCountedButAreNoAlarm() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			chain.seal();
			trail.record(null, null, "audit.test.unsealed", "audit_test", UUID.randomUUID(), AuditOutcome.SUCCESS);
			ChainVerification result = chain.verify();
			assertThat(result.intact()).isTrue();
			assertThat(result.unsealed()).isPositive();
			status.setRollbackOnly();
		});
	}

	@Test
	void detectsEveryRandomTamperingAndRaisesNoFalseAlarm() {
		Random random = new Random(20260331L);
		int rounds = 200;
		int detected = 0;
		int falseAlarms = 0;
		List<String> misses = new ArrayList<>();
		var transaction = new TransactionTemplate(transactions);
		for (int round = 0; round < rounds; round++) {
			int r = round;
			Tamper tamper = Tamper.values()[random.nextInt(Tamper.values().length)];
			long seed = random.nextLong();
			Outcome outcome = transaction.execute(status -> {
				status.setRollbackOnly();
				return tamperRound(r, tamper, new Random(seed));
			});
			if (!outcome.untouchedIntact()) {
				falseAlarms++;
			}
			if (outcome.detected()) {
				detected++;
			}
			else {
				misses.add(round + ":" + tamper + ":" + outcome.detail());
			}
		}
		assertThat(misses).isEmpty();
		assertThat(detected).isEqualTo(rounds);
		assertThat(falseAlarms).isZero();
		// Nothing of the tampering survived the rollbacks.
		assertThat(chain.verify().intact()).isTrue();
	}

	private record Outcome(boolean untouchedIntact, boolean detected, String detail) {
	}

	enum Tamper {
		EDIT_OCCURRED_AT, EDIT_ACTOR, EDIT_AGENCY, EDIT_ACTION, EDIT_RECORD_TYPE, EDIT_RECORD_ID, EDIT_OUTCOME,
		EDIT_HASH, EDIT_SEQ, MOVE_POSITION, UNSEAL, DELETE, DELETE_LAST, SWAP_CONTENT, SWAP_ORDER, INSERT_APPENDED,
		INSERT_BETWEEN, REPLACE, EDIT_HEAD
	}

	/** Writes and seals a fresh batch, checks it verifies, tampers once and says whether verification noticed. */
	private Outcome tamperRound(int round, Tamper tamper, Random random) {
		String marker = "tamper-" + round + "-" + UUID.randomUUID();
		int size = 6 + random.nextInt(10);
		for (int i = 0; i < size; i++) {
			trail.record(UUID.randomUUID(), UUID.randomUUID(), TAMPER_ACTION, "audit_test", marker + "-" + i,
					AuditOutcome.SUCCESS);
		}
		chain.seal();
		// seq and chain position of this batch, in chain order; the batch is the end of the chain.
		List<long[]> batch = jdbc.query(
				"select seq, chain_position from audit_entry where record_id like ? order by chain_position",
				(rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }, marker + "-%");
		ChainVerification before = chain.verify();
		boolean untouchedIntact = before.intact() && batch.size() == size;
		int i = random.nextInt(size - 1);
		int j = i + 1 + random.nextInt(size - 1 - i);
		long seq = batch.get(i)[0];
		long position = batch.get(i)[1];
		long expected = seq;
		switch (tamper) {
			case EDIT_OCCURRED_AT -> jdbc.update(
					"update audit_entry set occurred_at = occurred_at + interval '1' second where seq = ?", seq);
			case EDIT_ACTOR -> jdbc.update("update audit_entry set actor_id = ? where seq = ?", UUID.randomUUID(), seq);
			case EDIT_AGENCY -> jdbc.update("update audit_entry set agency_id = null where seq = ?", seq);
			case EDIT_ACTION -> jdbc.update("update audit_entry set action = 'audit.test.innocent' where seq = ?", seq);
			case EDIT_RECORD_TYPE -> jdbc.update("update audit_entry set record_type = 'case' where seq = ?", seq);
			case EDIT_RECORD_ID -> jdbc.update("update audit_entry set record_id = record_id || 'x' where seq = ?", seq);
			case EDIT_OUTCOME -> jdbc.update("update audit_entry set outcome = 'DENIED' where seq = ?", seq);
			case EDIT_HASH -> {
				String hash = jdbc.queryForObject("select entry_hash from audit_entry where seq = ?", String.class, seq);
				char flipped = hash.charAt(10) == '0' ? '1' : '0';
				jdbc.update("update audit_entry set entry_hash = ? where seq = ?",
						hash.substring(0, 10) + flipped + hash.substring(11), seq);
			}
			case EDIT_SEQ -> {
				expected = 8_000_000_000L + round;
				jdbc.update("update audit_entry set seq = ? where seq = ?", expected, seq);
			}
			case MOVE_POSITION -> {
				jdbc.update("update audit_entry set chain_position = ? where seq = ?", 7_000_000_000L + round, seq);
				expected = batch.get(i + 1)[0];
			}
			case UNSEAL -> {
				jdbc.update("update audit_entry set chain_position = null, entry_hash = null where seq = ?", seq);
				expected = batch.get(i + 1)[0];
			}
			case DELETE -> {
				jdbc.update("delete from audit_entry where seq = ?", seq);
				expected = batch.get(i + 1)[0];
			}
			case DELETE_LAST -> {
				jdbc.update("delete from audit_entry where seq = ?", batch.get(size - 1)[0]);
				expected = batch.get(size - 2)[0];
			}
			case SWAP_CONTENT -> {
				long other = batch.get(j)[0];
				var a = jdbc.queryForMap("select actor_id, agency_id, record_id from audit_entry where seq = ?", seq);
				var b = jdbc.queryForMap("select actor_id, agency_id, record_id from audit_entry where seq = ?", other);
				String update = "update audit_entry set actor_id = ?, agency_id = ?, record_id = ? where seq = ?";
				jdbc.update(update, b.get("actor_id"), b.get("agency_id"), b.get("record_id"), seq);
				jdbc.update(update, a.get("actor_id"), a.get("agency_id"), a.get("record_id"), other);
			}
			case SWAP_ORDER -> {
				long other = batch.get(j)[0];
				long otherPosition = batch.get(j)[1];
				String hash = jdbc.queryForObject("select entry_hash from audit_entry where seq = ?", String.class, seq);
				String otherHash = jdbc.queryForObject("select entry_hash from audit_entry where seq = ?", String.class,
						other);
				jdbc.update("update audit_entry set chain_position = null where seq = ?", seq);
				jdbc.update("update audit_entry set chain_position = ?, entry_hash = ? where seq = ?", position, hash,
						other);
				jdbc.update("update audit_entry set chain_position = ?, entry_hash = ? where seq = ?", otherPosition,
						otherHash, seq);
				expected = other;
			}
			case INSERT_APPENDED -> {
				long last = batch.get(size - 1)[1];
				expected = fabricate(round, last + 1, randomHash(random));
			}
			case INSERT_BETWEEN -> {
				// Make room by moving the later entries one place on, then slip a made-up entry into the gap.
				for (int k = size - 1; k >= i; k--) {
					jdbc.update("update audit_entry set chain_position = ? where seq = ?", batch.get(k)[1] + 1,
							batch.get(k)[0]);
				}
				String copied = jdbc.queryForObject("select entry_hash from audit_entry where seq = ?", String.class, seq);
				expected = fabricate(round, position, copied);
			}
			case REPLACE -> {
				String copied = jdbc.queryForObject("select entry_hash from audit_entry where seq = ?", String.class, seq);
				jdbc.update("delete from audit_entry where seq = ?", seq);
				expected = fabricate(round, position, copied);
			}
			case EDIT_HEAD -> {
				jdbc.update("update audit_chain_head set last_hash = ? where id = 1", randomHash(random));
				expected = batch.get(size - 1)[0];
			}
		}
		ChainVerification after = chain.verify();
		boolean detected = !after.intact() && Long.valueOf(expected).equals(after.firstBrokenEntry());
		return new Outcome(untouchedIntact, detected, "expected " + expected + ", got " + after);
	}

	private long fabricate(int round, long position, String hash) {
		long seq = 9_000_000_000L + round;
		jdbc.update("insert into audit_entry (seq, occurred_at, action, record_type, record_id, outcome, chain_position, "
				+ "entry_hash, sealed_at) values (?, current_timestamp, 'audit.test.fabricated', 'audit_test', 'forged', "
				+ "'SUCCESS', ?, ?, current_timestamp)", seq, position, hash);
		return seq;
	}

	private static String randomHash(Random random) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return java.util.HexFormat.of().formatHex(bytes);
	}

	private long[] row(String recordId) {
		return jdbc.queryForObject("select seq, chain_position from audit_entry where record_id = ?",
				(rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }, recordId);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
