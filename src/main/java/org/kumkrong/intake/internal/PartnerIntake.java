package org.kumkrong.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The partner channel (SECURITY.md row 13): reports arrive with an {@code Idempotency-Key}, and a key
 * gets exactly one answer. A successful submission costs one transaction, in which the report, its audit
 * entry, its event and the key's answer are written together; so an answer exists only for a committed
 * report, and a crash before the commit leaves nothing (the client's retry simply succeeds).
 * <p>
 * Two requests with the same key: on one node the second is refused at once (an in-memory set of keys in
 * flight); across nodes the primary key of {@code intake_idempotency} refuses the later insert, whose
 * transaction rolls back and which then answers what the first stored. Refused submissions store no answer,
 * so a partner may correct the report and send it again under the same key.
 * <p>
 * A batch is a list of such submissions, each in its own transaction under a key derived from the batch
 * key and the item's position. The batch's answer is stored under the batch key once every item has one.
 * If the process dies half-way, the partner's retry finds the derived keys of the items already stored,
 * answers them with their first answers (same report ids) and submits only the rest.
 */
@Service
public class PartnerIntake {

	/** Stored in {@code status_code} for a report's answer. */
	static final int CREATED = 201;

	/** Stored in {@code status_code} for a batch's answer. */
	static final int OK = 200;

	private final ReportIntake intake;

	private final IdempotencyStore keys;

	private final ReportStore store;

	private final TransactionTemplate transactions;

	private final Clock clock;

	/** Keys being processed on this node, so a second request with the same key need not wait for the database. */
	private final Set<Key> inFlight = ConcurrentHashMap.newKeySet();

	PartnerIntake(ReportIntake intake, IdempotencyStore keys, ReportStore store, PlatformTransactionManager transactions,
			Clock clock) {
		this.intake = intake;
		this.keys = keys;
		this.store = store;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	private record Key(UUID client, String value) {
	}

	/** The first answer to a key: the hash of the request it answered, its HTTP status and body. */
	public record StoredAnswer(String requestHash, int status, String body) {
	}

	/** What became of a request. */
	public sealed interface Outcome permits Created, Answered, Replayed, Refused, KeyReused, InFlight {
	}

	/** The report was stored now; {@code body} is the answer stored under the key. */
	public record Created(UUID reportId, String body) implements Outcome {
	}

	/** The batch was answered now; {@code body} is the answer stored under the key. */
	public record Answered(String body) implements Outcome {
	}

	/** The key was answered before, for the same request: that answer again. */
	public record Replayed(StoredAnswer answer) implements Outcome {
	}

	/** The submission has problems; nothing was stored, the key stays free. */
	public record Refused(List<SubmissionProblem> problems) implements Outcome {
	}

	/** The key was answered before, for a different request. */
	public record KeyReused() implements Outcome {
	}

	/** Another request with the same key is being processed; nothing was stored. */
	public record InFlight() implements Outcome {
	}

	/**
	 * One item of a batch: its request hash and submission, or the problems found while reading it (then it
	 * is refused without being submitted).
	 */
	public record BatchItem(String requestHash, ReportSubmission submission, List<SubmissionProblem> problems) {

		public BatchItem {
			problems = problems == null ? List.of() : List.copyOf(problems);
		}

	}

	/**
	 * Submits one partner report under an idempotency key.
	 *
	 * @param client the partner agency (keys are unique per partner)
	 * @param requestHash the hash of the request ({@link #requestHash}), compared when the key comes back
	 * @param answer the answer (JSON) for a stored report, kept under the key and replayed later
	 */
	public Outcome submit(UUID client, String key, String requestHash, ReportSubmission submission,
			Function<ReportIntake.Submitted, String> answer) {
		Key guard = new Key(client, key);
		if (!inFlight.add(guard)) {
			return new InFlight();
		}
		try {
			return submitOnce(client, key, requestHash, submission, answer);
		}
		finally {
			inFlight.remove(guard);
		}
	}

	/**
	 * Submits a batch under one idempotency key, each item on its own: a refused item does not undo an
	 * accepted one.
	 *
	 * @param itemAnswer the answer (JSON) for each stored report, as {@link #submit} stores it
	 * @param batchAnswer the batch's answer (JSON) from the items' outcomes ({@link Created},
	 * {@link Replayed} or {@link Refused}, in order)
	 */
	public Outcome submitBatch(UUID client, String key, String requestHash, List<BatchItem> items,
			Function<ReportIntake.Submitted, String> itemAnswer, Function<List<Outcome>, String> batchAnswer) {
		Key guard = new Key(client, key);
		if (!inFlight.add(guard)) {
			return new InFlight();
		}
		try {
			Optional<StoredAnswer> earlier = keys.find(client, key);
			if (earlier.isPresent()) {
				return earlier(earlier.get(), requestHash);
			}
			List<String> itemKeys = new ArrayList<>();
			for (int i = 0; i < items.size(); i++) {
				itemKeys.add(itemKey(key, i));
			}
			Map<String, StoredAnswer> done = keys.findAll(client, itemKeys);
			for (int i = 0; i < items.size(); i++) {
				StoredAnswer stored = done.get(itemKeys.get(i));
				if (stored != null && !stored.requestHash().equals(items.get(i).requestHash())) {
					// An earlier attempt under this key stored a different item here: not the same batch.
					return new KeyReused();
				}
			}
			List<Outcome> outcomes = new ArrayList<>();
			for (int i = 0; i < items.size(); i++) {
				BatchItem item = items.get(i);
				StoredAnswer stored = done.get(itemKeys.get(i));
				if (!item.problems().isEmpty()) {
					outcomes.add(new Refused(item.problems()));
				}
				else if (stored != null) {
					outcomes.add(new Replayed(stored));
				}
				else {
					Outcome outcome = submitOnce(client, itemKeys.get(i), item.requestHash(), item.submission(), itemAnswer);
					if (outcome instanceof InFlight || outcome instanceof KeyReused) {
						// Another node works on the same batch: its answer, not a half of ours, is the one to keep.
						return new InFlight();
					}
					outcomes.add(outcome);
				}
			}
			String answer = batchAnswer.apply(outcomes);
			try {
				transactions.executeWithoutResult(tx -> keys.insert(client, key, requestHash, OK, answer, clock.instant()));
			}
			catch (DuplicateKeyException | PessimisticLockingFailureException ex) {
				return keys.find(client, key).map(stored -> earlier(stored, requestHash)).orElseGet(InFlight::new);
			}
			return new Answered(answer);
		}
		finally {
			inFlight.remove(guard);
		}
	}

	private Outcome submitOnce(UUID client, String key, String requestHash, ReportSubmission submission,
			Function<ReportIntake.Submitted, String> answer) {
		try {
			return transactions.execute(tx -> {
				// Looked up first, so a replay answers what was stored even if the rules have changed since.
				Optional<StoredAnswer> earlier = keys.find(client, key);
				if (earlier.isPresent()) {
					return earlier(earlier.get(), requestHash);
				}
				ReportIntake.Submitted submitted = intake.submit(submission);
				String body = answer.apply(submitted);
				keys.insert(client, key, requestHash, CREATED, body, submitted.receivedAt());
				return new Created(submitted.id(), body);
			});
		}
		catch (SubmissionRejected ex) {
			return new Refused(ex.problems());
		}
		catch (DuplicateKeyException | PessimisticLockingFailureException ex) {
			// Another node stored an answer for this key first (our report rolled back with the key row), or
			// still holds it uncommitted.
			return keys.find(client, key).map(stored -> earlier(stored, requestHash)).orElseGet(InFlight::new);
		}
	}

	private static Outcome earlier(StoredAnswer stored, String requestHash) {
		return stored.requestHash().equals(requestHash) ? new Replayed(stored) : new KeyReused();
	}

	/**
	 * The key of a batch's item: the batch key's hash (so any key length fits) and the item's position,
	 * joined by a character outside printable ASCII, so it never equals a key a partner can send.
	 */
	static String itemKey(String batchKey, int index) {
		return sha256(batchKey) + "\u00B7" + index;
	}

	/**
	 * The hash that identifies a request: SHA-256 of its kind ({@code report}, {@code batch}) and its
	 * canonical JSON, so that the same key sent to another endpoint never counts as the same request.
	 */
	public static String requestHash(String kind, String canonicalJson) {
		return sha256(kind + "\n" + canonicalJson);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// --- what partners may read back: their own reports only ---

	/** The partner's own report; empty for another partner's report, exactly as for one that does not exist. */
	public Optional<StoredReport> partnerReport(UUID partnerAgency, UUID id) {
		return store.find(id).filter(report -> partnerAgency.equals(report.partnerAgencyId()));
	}

	/** A page of a partner's reports, newest first, with the total count. */
	public record PartnerPage(List<StoredReport> reports, long total) {
	}

	public PartnerPage partnerReports(UUID partnerAgency, Instant since, int page, int size) {
		long offset = (long) page * size;
		long total = store.countPartnerReports(partnerAgency, since);
		if (offset >= total) {
			return new PartnerPage(List.of(), total);
		}
		return new PartnerPage(store.partnerReports(partnerAgency, since, (int) offset, size), total);
	}

}
