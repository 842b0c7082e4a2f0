package org.kumkrong.intake.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.intake.ReportChannel;
import org.kumkrong.platform.Authorities;
import org.kumkrong.platform.TestActors.TestActor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes, one key (SECURITY.md row 13): the in-memory guard of each node cannot see the other, so only
 * the primary key of {@code intake_idempotency} stands between them. Each round, two {@link PartnerIntake}
 * instances (two "nodes" over one database) submit the same report under the same key at the same moment:
 * exactly one report is stored, and the other node answers the stored answer or "in flight", never a
 * second report. Run on PostgreSQL too ({@code KUMKRONG_TEST_DB_URL}), where the later insert waits for
 * the first transaction.
 */
@KumkrongIntegrationTest
class PartnerApiIdempotencyTests {

	@Autowired
	PartnerIntake node1;

	@Autowired
	ReportIntake intake;

	@Autowired
	IdempotencyStore keys;

	@Autowired
	ReportStore store;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoNodesWithOneKeyStoreOneReport() throws Exception {
		PartnerIntake node2 = new PartnerIntake(intake, keys, store, transactions, clock);
		UUID agency = UUID.randomUUID();
		UUID keyId = UUID.randomUUID();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 20; round++) {
				String key = "round-" + round + "-" + UUID.randomUUID();
				String reference = "ESP-" + UUID.randomUUID();
				String hash = "hash-" + reference;
				ReportSubmission submission = submission(reference);
				CountDownLatch start = new CountDownLatch(1);
				List<Future<PartnerIntake.Outcome>> outcomes = new ArrayList<>();
				for (PartnerIntake node : List.of(node1, node2)) {
					outcomes.add(pool.submit(() -> {
						signIn(keyId, agency);
						try {
							start.await();
							return node.submit(agency, key, hash, submission, submitted -> submitted.id().toString());
						}
						finally {
							SecurityContextHolder.clearContext();
						}
					}));
				}
				start.countDown();
				List<PartnerIntake.Outcome> results = new ArrayList<>();
				for (Future<PartnerIntake.Outcome> outcome : outcomes) {
					results.add(outcome.get(60, TimeUnit.SECONDS));
				}
				List<PartnerIntake.Created> created = results.stream()
					.filter(PartnerIntake.Created.class::isInstance)
					.map(PartnerIntake.Created.class::cast)
					.toList();
				assertThat(created).as("round %d: %s", round, results).hasSize(1);
				UUID id = created.get(0).reportId();
				for (PartnerIntake.Outcome outcome : results) {
					if (outcome instanceof PartnerIntake.Replayed replayed) {
						assertThat(replayed.answer().body()).isEqualTo(id.toString());
					}
					else if (!(outcome instanceof PartnerIntake.Created)) {
						assertThat(outcome).isInstanceOf(PartnerIntake.InFlight.class);
					}
				}
				assertThat(jdbc.sql("select count(*) from intake_report where partner_reference = ?").param(reference)
					.query(Long.class).single()).isOne();
				assertThat(jdbc.sql("select count(*) from audit_entry where action = 'intake.report.received' and record_id = ?")
					.param(id.toString()).query(Long.class).single()).isOne();
				// Afterwards either node answers what was stored, and refuses the key for another request.
				signIn(keyId, agency);
				assertThat(node2.submit(agency, key, hash, submission, s -> "never"))
					.isEqualTo(new PartnerIntake.Replayed(new PartnerIntake.StoredAnswer(hash, 201, id.toString())));
				assertThat(node1.submit(agency, key, "other", submission, s -> "never")).isInstanceOf(PartnerIntake.KeyReused.class);
				SecurityContextHolder.clearContext();
			}
		}
		finally {
			pool.shutdownNow();
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void batchItemKeysNeverEqualAKeyAPartnerCanSend() {
		String itemKey = PartnerIntake.itemKey("x".repeat(255), 499);
		assertThat(itemKey.length()).isLessThanOrEqualTo(255);
		assertThat(itemKey.chars().anyMatch(c -> c < 0x20 || c > 0x7E)).isTrue();
		assertThat(PartnerIntake.itemKey("a", 1)).isNotEqualTo(PartnerIntake.itemKey("a", 2))
			.isNotEqualTo(PartnerIntake.itemKey("b", 1));
	}

	static ReportSubmission submission(String reference) {
		return new ReportSubmission(ReportChannel.PARTNER, ReportSubmission.ReporterKind.PARTNER, null,
				List.of("CSAM"), List.of(), null, null, ReportSubmission.Danger.UNKNOWN, null, "TH", "TH-10",
				List.of(), List.of(), List.of(), List.of(), List.of(), "two nodes", null, reference, List.of());
	}

	static void signIn(UUID keyId, UUID agency) {
		var principal = new TestActor(keyId, "partner-key:test", agency);
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal,
				null, List.of(new SimpleGrantedAuthority(Authorities.PARTNER))));
	}

}
