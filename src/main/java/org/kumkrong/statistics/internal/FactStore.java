package org.kumkrong.statistics.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read model's tables: facts, subjects and the changes other nodes pick up. Plain JDBC. */
@Component
class FactStore {

	static final String FACT_COLUMNS = "seq, indicator, occurred_on, province, offence, channel, platform, age_band, sex, "
			+ "agency_type, detail, amount";

	private static final String INSERT = "insert into statistics_fact (indicator, occurred_on, province, offence, channel, "
			+ "platform, age_band, sex, agency_type, detail, amount, subject, source) values (?,?,?,?,?,?,?,?,?,?,?,?,?)";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	FactStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** The subject, created when new, locked for the rest of the transaction. */
	Subject lock(String key) {
		// Projections on a node run one at a time, so a missing row is inserted without a race; on two nodes at
		// once the second insert fails, its transaction rolls back, and the registry delivers the event again.
		Optional<Subject> found = select(key);
		if (found.isPresent()) {
			return found.get();
		}
		jdbc.sql("insert into statistics_subject (subject, kind) values (?, ?)").params(key, String.valueOf(key.charAt(0)))
			.update();
		return select(key).orElseThrow();
	}

	private Optional<Subject> select(String key) {
		return jdbc.sql("select * from statistics_subject where subject = ? for update").param(key).query((rs, n) -> {
			Subject subject = new Subject(key);
			for (Dimension dimension : new Dimension[] { Dimension.PROVINCE, Dimension.OFFENCE, Dimension.CHANNEL,
					Dimension.PLATFORM, Dimension.AGE_BAND, Dimension.AGENCY_TYPE }) {
				String code = rs.getString(dimension.column());
				if (code != null) {
					subject.codes.put(dimension, code);
				}
			}
			subject.caseSubject = rs.getString("case_subject");
			subject.startedAt = instant(rs, "started_at");
			subject.joinedAt = instant(rs, "joined_at");
			Date charged = rs.getDate("charged_on");
			subject.chargedOn = charged == null ? null : charged.toLocalDate();
			Date verdict = rs.getDate("verdict_on");
			subject.verdictOn = verdict == null ? null : verdict.toLocalDate();
			subject.answeredAt = instant(rs, "answered_at");
			String done = rs.getString("duration_done");
			if (done != null && !done.isEmpty()) {
				subject.durationsDone.addAll(Arrays.asList(done.split(",")));
			}
			return subject;
		}).optional();
	}

	/** Writes the subject back and copies the dimensions it learnt into its earlier facts. */
	void save(Subject subject) {
		jdbc.sql("update statistics_subject set province = ?, offence = ?, channel = ?, platform = ?, age_band = ?, "
				+ "agency_type = ?, case_subject = ?, started_at = ?, joined_at = ?, charged_on = ?, verdict_on = ?, "
				+ "answered_at = ?, duration_done = ? where subject = ?")
			.params(subject.code(Dimension.PROVINCE), subject.code(Dimension.OFFENCE), subject.code(Dimension.CHANNEL),
					subject.code(Dimension.PLATFORM), subject.code(Dimension.AGE_BAND), subject.code(Dimension.AGENCY_TYPE),
					subject.caseSubject, timestamp(subject.startedAt), timestamp(subject.joinedAt),
					subject.chargedOn == null ? null : Date.valueOf(subject.chargedOn),
					subject.verdictOn == null ? null : Date.valueOf(subject.verdictOn), timestamp(subject.answeredAt),
					String.join(",", new java.util.TreeSet<>(subject.durationsDone)), subject.key)
			.update();
		boolean changed = false;
		for (Dimension dimension : subject.learnt) {
			changed |= jdbc.sql("update statistics_fact set " + dimension.column() + " = ? where subject = ? and "
					+ dimension.column() + " is null and indicator in (" + indicatorsWith(dimension) + ")")
				.params(subject.code(dimension), subject.key)
				.update() > 0;
		}
		subject.learnt.clear();
		if (changed) {
			jdbc.sql("insert into statistics_change (subject) values (?)").param(subject.key).update();
		}
	}

	private static String indicatorsWith(Dimension dimension) {
		return Arrays.stream(Indicator.values()).filter(i -> i.has(dimension)).map(i -> "'" + i.name() + "'")
			.collect(Collectors.joining(","));
	}

	void insert(Fact fact, char source) {
		template.update(INSERT, values(fact, source));
	}

	void insertBatch(List<Fact> facts, char source) {
		List<Object[]> rows = new ArrayList<>(facts.size());
		for (Fact fact : facts) {
			rows.add(values(fact, source));
		}
		template.batchUpdate(INSERT, rows);
	}

	private static Object[] values(Fact fact, char source) {
		return new Object[] { fact.indicator().name(), Date.valueOf(fact.on()), fact.code(Dimension.PROVINCE),
				fact.code(Dimension.OFFENCE), fact.code(Dimension.CHANNEL), fact.code(Dimension.PLATFORM),
				fact.code(Dimension.AGE_BAND), fact.code(Dimension.SEX), fact.code(Dimension.AGENCY_TYPE),
				fact.code(Dimension.DETAIL), fact.amount(), fact.subject(), String.valueOf(source) };
	}

	/**
	 * Facts with a sequence number above {@code after}, in order, to {@code sink}; answers the last one read. Read
	 * in pages of 50,000 by sequence number, so no database holds (or spools to disk) one huge result.
	 */
	long readAfter(long after, Consumer<ResultSet> sink) {
		long[] last = { after };
		while (true) {
			long from = last[0];
			int[] rows = { 0 };
			template.query(con -> {
				var statement = con.prepareStatement("select " + FACT_COLUMNS
						+ " from statistics_fact where seq > ? order by seq limit " + PAGE);
				statement.setFetchSize(10_000);
				statement.setLong(1, from);
				return statement;
			}, rs -> {
				last[0] = rs.getLong(1);
				rows[0]++;
				sink.accept(rs);
			});
			if (rows[0] < PAGE) {
				return last[0];
			}
		}
	}

	private static final int PAGE = 50_000;

	/** The facts of these subjects, to {@code sink}. */
	void readSubjects(List<String> subjects, Consumer<ResultSet> sink) {
		for (String subject : subjects) {
			template.query("select " + FACT_COLUMNS + " from statistics_fact where subject = ? order by seq",
					rs -> { sink.accept(rs); }, subject);
		}
	}

	long lastChange() {
		return jdbc.sql("select coalesce(max(seq), 0) from statistics_change").query(Long.class).single();
	}

	/** Subjects changed after {@code after}; answers them with the last change number in {@code last}. */
	List<String> changesAfter(long after, long[] last) {
		List<String> subjects = new ArrayList<>();
		last[0] = after;
		template.query("select seq, subject from statistics_change where seq > ? order by seq", rs -> {
			last[0] = rs.getLong(1);
			subjects.add(rs.getString(2));
		}, after);
		return subjects.stream().distinct().toList();
	}

	/** Removes everything projected from events (and the changes log); synthetic facts stay. */
	void clearEventFacts() {
		jdbc.sql("delete from statistics_fact where source = 'E'").update();
		jdbc.sql("delete from statistics_subject").update();
		jdbc.sql("delete from statistics_change").update();
	}

	long count(char source) {
		return jdbc.sql("select count(*) from statistics_fact where source = ?").param(String.valueOf(source))
			.query(Long.class).single();
	}

	/**
	 * Every event of these types the publication registry kept for the statistics listeners (completed and
	 * archived, or not yet), oldest first: exactly one row per event, as each event is stored once per listener.
	 */
	void events(List<String> eventTypes, EventSink sink) {
		String in = eventTypes.stream().map(type -> "?").collect(Collectors.joining(","));
		String sql = "select event_type, serialized_event, publication_date, id from ("
				+ " select event_type, serialized_event, publication_date, id from event_publication where event_type in (" + in + ")"
				+ " and listener_id like 'org.kumkrong.statistics.%'"
				+ " union all"
				+ " select event_type, serialized_event, publication_date, id from event_publication_archive where event_type in (" + in + ")"
				+ " and listener_id like 'org.kumkrong.statistics.%'"
				+ ") e where publication_date > ? or (publication_date = ? and id > ?) order by publication_date, id limit 1000";
		// Read a page, then apply it: the projection writes on the same connection, so no result set stays open.
		Timestamp afterDate = new Timestamp(0);
		UUID afterId = new UUID(0, 0);
		while (true) {
			List<Object> args = new ArrayList<>(eventTypes);
			args.addAll(eventTypes);
			args.add(afterDate);
			args.add(afterDate);
			args.add(afterId);
			List<Object[]> page = template.query(sql, (rs, n) -> new Object[] { rs.getString(1), rs.getString(2),
					rs.getTimestamp(3), rs.getObject(4, UUID.class) }, args.toArray());
			for (Object[] row : page) {
				sink.accept((String) row[0], (String) row[1], ((Timestamp) row[2]).toInstant());
			}
			if (page.size() < 1000) {
				return;
			}
			Object[] last = page.get(page.size() - 1);
			afterDate = (Timestamp) last[2];
			afterId = (UUID) last[3];
		}
	}

	interface EventSink {

		void accept(String type, String payload, Instant published);

	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
