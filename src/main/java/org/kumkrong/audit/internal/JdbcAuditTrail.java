package org.kumkrong.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.platform.Actor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inserts audit entries with plain JDBC in the caller's transaction. The sequence number comes from the
 * database; the hash chain is added later by the sealer, so concurrent transactions never wait on each
 * other here.
 */
@Component
class JdbcAuditTrail implements AuditTrail {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	JdbcAuditTrail(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String action, String recordType, Object recordId, AuditOutcome outcome) {
		var actor = Actor.current();
		record(actor.map(Actor::userId).orElse(null), actor.map(Actor::agencyId).orElse(null), action, recordType,
				recordId, outcome);
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(UUID actorId, UUID agencyId, String action, String recordType, Object recordId,
			AuditOutcome outcome) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.update(connection -> {
			var insert = connection.prepareStatement("insert into audit_entry (occurred_at, actor_id, agency_id, action, "
					+ "record_type, record_id, outcome) values (?, ?, ?, ?, ?, ?, ?)", new String[] { "seq" });
			insert.setTimestamp(1, Timestamp.from(clock.instant()));
			insert.setObject(2, actorId);
			insert.setObject(3, agencyId);
			insert.setString(4, action);
			insert.setString(5, recordType);
			insert.setString(6, recordId == null ? null : recordId.toString());
			insert.setString(7, outcome.name());
			return insert;
		}, keys);
		// Queue the entry for the sealer in the same transaction.
		jdbc.update("insert into audit_unsealed (seq) values (?)", keys.getKeyAs(Number.class).longValue());
	}

}
