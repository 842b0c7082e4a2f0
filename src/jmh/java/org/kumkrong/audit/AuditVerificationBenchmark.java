package org.kumkrong.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.kumkrong.KumkrongApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Load tool (not a test): fills a fresh database with audit entries, seals them and times the
 * verification. Runs the real application context (scheduled sealing off) so it measures the production
 * code. See docs/BENCHMARKS.md, section "Audit verification".
 * <p>
 * System properties: {@code bench.entries} (default 1,000,000), {@code bench.runs} (5),
 * {@code bench.db.url} / {@code bench.db.user} (default: a new H2 file database under target/).
 */
public final class AuditVerificationBenchmark {

	private AuditVerificationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int entries = Integer.getInteger("bench.entries", 1_000_000);
		int runs = Integer.getInteger("bench.runs", 5);
		Path dataDir = Files.createTempDirectory(Path.of("target"), "bench-audit-");
		String configured = System.getProperty("bench.db.url", "default");
		String url = !"default".equals(configured) ? configured : ("jdbc:h2:file:" + dataDir.toAbsolutePath()
				+ "/db/kumkrong;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0");
		// System properties, because application.yml outranks the builder's default properties.
		System.setProperty("kumkrong.data-dir", dataDir.toAbsolutePath().toString());
		System.setProperty("spring.datasource.url", url);
		System.setProperty("spring.datasource.username", System.getProperty("bench.db.user", "sa"));
		System.setProperty("spring.datasource.password", System.getProperty("bench.db.password", ""));
		System.setProperty("kumkrong.generate-master-key", "true");
		System.setProperty("kumkrong.demo", "false");
		System.setProperty("kumkrong.audit.scheduled-sealing", "false");
		System.setProperty("server.port", "0");
		System.setProperty("logging.level.root", "WARN");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KumkrongApplication.class).run()) {
			var jdbc = context.getBean(JdbcTemplate.class);
			var transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
			var chain = context.getBean(AuditChain.class);
			System.out.printf("database: %s%n", url.startsWith("jdbc:h2:") ? "H2 file " + dataDir : url);

			long start = System.nanoTime();
			insert(jdbc, transaction, entries);
			// As AuditTrail.record does entry by entry: queue the new entries for the sealer.
			jdbc.update("insert into audit_unsealed (seq) select seq from audit_entry where chain_position is null");
			double insertSeconds = seconds(start);
			System.out.printf("inserted %,d entries in %.1f s (%,.0f/s)%n", entries, insertSeconds,
					entries / insertSeconds);

			start = System.nanoTime();
			long sealed = chain.seal();
			double sealSeconds = seconds(start);
			System.out.printf("sealed %,d entries in %.1f s (%,.0f/s)%n", sealed, sealSeconds, sealed / sealSeconds);

			double[] times = new double[runs];
			for (int run = 0; run < runs; run++) {
				start = System.nanoTime();
				ChainVerification result = chain.verify();
				times[run] = seconds(start);
				System.out.printf("verification %d: %.2f s, %s%n", run + 1, times[run], result);
				if (!result.intact() || result.entries() < entries) {
					throw new IllegalStateException("The benchmark chain does not verify: " + result);
				}
			}
			Arrays.sort(times);
			System.out.printf("median verification of %,d entries: %.2f s (min %.2f, max %.2f); heap max %d MiB%n",
					entries, times[runs / 2], times[0], times[runs - 1], Runtime.getRuntime().maxMemory() >> 20);
		}
	}

	private static void insert(JdbcTemplate jdbc, TransactionTemplate transaction, int entries) {
		String[] actions = { "casework.case.viewed", "casework.case.updated", "account.user.signedIn",
				"evidence.item.viewed", "referral.requested" };
		UUID[] agencies = new UUID[20];
		for (int i = 0; i < agencies.length; i++) {
			agencies[i] = UUID.randomUUID();
		}
		Instant base = Instant.now().minusSeconds(entries);
		int batch = 10_000;
		for (int from = 0; from < entries; from += batch) {
			int start = from;
			int end = Math.min(entries, from + batch);
			transaction.executeWithoutResult(status -> {
				List<Object[]> rows = new ArrayList<>(end - start);
				for (int i = start; i < end; i++) {
					rows.add(new Object[] { Timestamp.from(base.plusMillis(i * 1000L + i % 997)), UUID.randomUUID(),
							agencies[i % agencies.length], actions[i % actions.length], "casework_case",
							"KK-2026-" + String.format("%06d", i % 1_000_000), i % 50 == 0 ? "DENIED" : "SUCCESS" });
				}
				jdbc.batchUpdate("insert into audit_entry (occurred_at, actor_id, agency_id, action, record_type, "
						+ "record_id, outcome) values (?, ?, ?, ?, ?, ?, ?)", rows);
			});
		}
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

}
