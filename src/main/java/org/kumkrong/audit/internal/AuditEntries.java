package org.kumkrong.audit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.kumkrong.audit.AuditOutcome;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Searches the audit trail, newest first. */
@Component
public class AuditEntries {

	private final NamedParameterJdbcTemplate jdbc;

	AuditEntries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Filters of a search; every {@code null} filter is left out. {@code actionPrefix} matches the action
	 * and every action under it ({@code account.user} finds {@code account.user.disabled}); times are a
	 * half-open range {@code [from, until)}.
	 */
	public record Query(UUID actorId, UUID agencyId, String recordType, String recordId, String actionPrefix,
			Instant from, Instant until, AuditOutcome outcome) {
	}

	/** A row of the audit page. */
	public record Row(long seq, Instant occurredAt, UUID actorId, UUID agencyId, String action, String recordType,
			String recordId, String outcome, boolean sealed) {
	}

	@Transactional(readOnly = true)
	public List<Row> search(Query query, long offset, int limit) {
		var where = new ArrayList<String>();
		var params = new MapSqlParameterSource();
		if (query.actorId() != null) {
			where.add("actor_id = :actor");
			params.addValue("actor", query.actorId());
		}
		if (query.agencyId() != null) {
			where.add("agency_id = :agency");
			params.addValue("agency", query.agencyId());
		}
		if (query.recordType() != null) {
			where.add("record_type = :recordType");
			params.addValue("recordType", query.recordType());
		}
		if (query.recordId() != null) {
			where.add("record_id = :recordId");
			params.addValue("recordId", query.recordId());
		}
		if (query.actionPrefix() != null) {
			where.add("(action = :action or action like :actionLike escape '!')");
			params.addValue("action", query.actionPrefix());
			params.addValue("actionLike", query.actionPrefix().replace("!", "!!").replace("%", "!%").replace("_", "!_") + ".%");
		}
		if (query.from() != null) {
			where.add("occurred_at >= :from");
			params.addValue("from", query.from().atOffset(java.time.ZoneOffset.UTC));
		}
		if (query.until() != null) {
			where.add("occurred_at < :until");
			params.addValue("until", query.until().atOffset(java.time.ZoneOffset.UTC));
		}
		if (query.outcome() != null) {
			where.add("outcome = :outcome");
			params.addValue("outcome", query.outcome().name());
		}
		String sql = "select seq, occurred_at, actor_id, agency_id, action, record_type, record_id, outcome, chain_position "
				+ "from audit_entry" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
				+ " order by seq desc limit " + limit + " offset " + offset;
		return jdbc.query(sql, params, (rs, n) -> {
			rs.getLong("chain_position");
			boolean sealed = !rs.wasNull();
			return new Row(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					rs.getObject("actor_id", UUID.class), rs.getObject("agency_id", UUID.class), rs.getString("action"),
					rs.getString("record_type"), rs.getString("record_id"), rs.getString("outcome"), sealed);
		});
	}

}
