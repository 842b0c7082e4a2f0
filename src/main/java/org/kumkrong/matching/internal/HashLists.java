package org.kumkrong.matching.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hash lists: each import of a named list is a new version that replaces the one before it (kept, retired,
 * for the record of what a past match was based on). An import is all or nothing: every line is checked, every
 * refused line is reported with its number, and the entries are kept only if no line was refused — in one
 * transaction, so a crash half-way leaves the previous version in force.
 */
@Service
public class HashLists {

	private static final Logger log = LoggerFactory.getLogger(HashLists.class);

	static final int MAX_NAME = 200;

	/** Problems listed back to the importer; beyond this only their number is given. */
	static final int MAX_PROBLEMS_SHOWN = 100;

	private static final int BATCH = 5_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate transaction;

	private final AuditTrail audit;

	private final Clock clock;

	private final JsonMapper json;

	private final PdqMemory memory;

	HashLists(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions, AuditTrail audit,
			Clock clock, JsonMapper json, PdqMemory memory) {
		this.jdbc = jdbc;
		this.template = template;
		this.transaction = new TransactionTemplate(transactions);
		this.audit = audit;
		this.clock = clock;
		this.json = json;
		this.memory = memory;
	}

	/** A version of a hash list, as the lists page shows it. */
	public record ListView(UUID id, String name, int version, HashListFormat format, String provider,
			String description, int entries, boolean active, Instant importedAt, Instant retiredAt) {
	}

	/** What an import did: the new version, or the problems that stopped it (nothing was kept then). */
	public record ImportResult(ListView list, List<ImportProblem> problems, long problemCount) {

		public boolean imported() {
			return list != null;
		}

	}

	/** What the importer says about the list; the entries come from the file. */
	public record ListDetails(String name, String provider, String description, HashListFormat format) {
	}

	/**
	 * Imports a file as the next version of the named list.
	 * @throws RuleViolationException for a missing name, provider or format (the form's fields)
	 */
	public ImportResult importList(ListDetails details, InputStream file) throws IOException {
		String name = required(details.name(), "name", MAX_NAME);
		String provider = required(details.provider(), "provider", MAX_NAME);
		String description = details.description() == null || details.description().isBlank() ? null
				: details.description().strip();
		if (description != null && description.length() > 2000) {
			throw new RuleViolationException("description", "matching.error.description");
		}
		if (details.format() == null) {
			throw new RuleViolationException("format", "matching.error.format");
		}
		Actor actor = Actor.current().orElse(null);
		UUID listId = UUID.randomUUID();
		Instant now = clock.instant();
		List<ImportProblem> problems = new ArrayList<>();
		long[] problemCount = { 0 };
		ImportResult result = transaction.execute(status -> {
			int version = jdbc.sql("select coalesce(max(version), 0) + 1 from matching_hash_list where name = ?")
				.param(name).query(Integer.class).single();
			jdbc.sql("""
					insert into matching_hash_list (id, name, version, format, provider, description, entry_count, active, imported_at, imported_by)
					values (?, ?, ?, ?, ?, ?, 0, false, ?, ?)""")
				.params(listId, name, version, details.format().name(), provider, description, Timestamp.from(now),
						actor == null ? null : actor.userId())
				.update();
			List<Object[]> batch = new ArrayList<>(BATCH);
			int[] entries = { 0 };
			try {
				HashListEntries.read(details.format(), file, json, new HashListEntries.Sink() {
					@Override
					public void entry(HashListEntries.Entry entry) {
						if (problemCount[0] > 0) {
							return;
						}
						batch.add(new Object[] { listId, (int) Math.min(entry.line(), Integer.MAX_VALUE), entry.type().name(),
								entry.hash(), entry.category().name(), entry.source() });
						entries[0]++;
						if (batch.size() == BATCH) {
							flush(batch);
						}
					}

					@Override
					public void problem(ImportProblem problem) {
						problemCount[0]++;
						if (problems.size() < MAX_PROBLEMS_SHOWN) {
							problems.add(problem);
						}
					}
				});
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			if (problemCount[0] == 0 && entries[0] == 0) {
				problems.add(ImportProblem.of(0, "file", "matching.import.error.empty"));
				problemCount[0] = 1;
			}
			if (problemCount[0] > 0) {
				status.setRollbackOnly();
				return new ImportResult(null, List.copyOf(problems), problemCount[0]);
			}
			flush(batch);
			jdbc.sql("update matching_hash_list set active = false, retired_at = ? where name = ? and active = true")
				.params(Timestamp.from(now), name).update();
			jdbc.sql("update matching_hash_list set active = true, entry_count = ? where id = ?")
				.params(entries[0], listId).update();
			audit.record("matching.list.imported", "matching_hash_list", listId, AuditOutcome.SUCCESS);
			return new ImportResult(find(listId), List.of(), 0);
		});
		if (result.imported()) {
			log.info("Imported hash list '{}' version {} with {} entries", name, result.list().version(), result.list().entries());
			memory.reload();
		}
		else {
			audit.record("matching.list.refused", "matching_hash_list", listId, AuditOutcome.DENIED);
		}
		return result;
	}

	/** Retires the active version of a list: its entries no longer match anything. */
	public void retire(UUID listId) {
		boolean retired = Boolean.TRUE.equals(transaction.execute(status -> {
			int changed = jdbc.sql("update matching_hash_list set active = false, retired_at = ? where id = ? and active = true")
				.params(Timestamp.from(clock.instant()), listId).update();
			if (changed > 0) {
				audit.record("matching.list.retired", "matching_hash_list", listId, AuditOutcome.SUCCESS);
			}
			return changed > 0;
		}));
		if (retired) {
			memory.reload();
		}
	}

	/** Every version of every list, active ones first, then by name and newest version. */
	public List<ListView> all() {
		return jdbc.sql("select * from matching_hash_list order by active desc, name, version desc")
			.query((rs, n) -> view(rs)).list();
	}

	public ListView find(UUID id) {
		return jdbc.sql("select * from matching_hash_list where id = ?").param(id).query((rs, n) -> view(rs))
			.optional().orElseThrow(() -> new org.kumkrong.platform.NotFoundException("Hash list"));
	}

	private void flush(List<Object[]> batch) {
		if (batch.isEmpty()) {
			return;
		}
		template.batchUpdate(
				"insert into matching_list_entry (list_id, line_no, hash_type, hash, category, source) values (?, ?, ?, ?, ?, ?)",
				batch);
		batch.clear();
	}

	private static ListView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp retired = rs.getTimestamp("retired_at");
		return new ListView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("version"),
				HashListFormat.valueOf(rs.getString("format")), rs.getString("provider"), rs.getString("description"),
				rs.getInt("entry_count"), rs.getBoolean("active"), rs.getTimestamp("imported_at").toInstant(),
				retired == null ? null : retired.toInstant());
	}

	private static String required(String value, String field, int max) {
		if (value == null || value.isBlank()) {
			throw new RuleViolationException(field, "matching.error." + field);
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new RuleViolationException(field, "matching.error." + field + "Length");
		}
		return stripped;
	}

}
