package org.kumkrong.intake.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code intake_idempotency}: the first answer given to each partner's {@code Idempotency-Key}. The
 * primary key (client, key) is what makes a second node's attempt with the same key fail.
 */
@Repository
class IdempotencyStore {

	private final JdbcClient jdbc;

	IdempotencyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PartnerIntake.StoredAnswer> find(UUID client, String key) {
		return jdbc.sql("select request_hash, status_code, response from intake_idempotency where client_id = ? and idem_key = ?")
			.params(client, key)
			.query((rs, n) -> new PartnerIntake.StoredAnswer(rs.getString("request_hash"), rs.getInt("status_code"),
					rs.getString("response")))
			.optional();
	}

	/** The stored answers among these keys, by key (one query for a whole batch). */
	Map<String, PartnerIntake.StoredAnswer> findAll(UUID client, Collection<String> keys) {
		Map<String, PartnerIntake.StoredAnswer> found = new HashMap<>();
		if (keys.isEmpty()) {
			return found;
		}
		StringJoiner marks = new StringJoiner(", ", "(", ")");
		Object[] params = new Object[keys.size() + 1];
		params[0] = client;
		int i = 1;
		for (String key : keys) {
			marks.add("?");
			params[i++] = key;
		}
		jdbc.sql("select idem_key, request_hash, status_code, response from intake_idempotency where client_id = ? and idem_key in "
				+ marks)
			.params(params)
			.query((RowCallbackHandler) rs -> found.put(rs.getString("idem_key"), new PartnerIntake.StoredAnswer(
					rs.getString("request_hash"), rs.getInt("status_code"), rs.getString("response"))));
		return found;
	}

	/** @throws org.springframework.dao.DuplicateKeyException when the key already has an answer */
	void insert(UUID client, String key, String requestHash, int status, String response, Instant now) {
		jdbc.sql("insert into intake_idempotency (client_id, idem_key, request_hash, status_code, response, created_at) "
				+ "values (?, ?, ?, ?, ?, ?)")
			.params(client, key, requestHash, status, response, Timestamp.from(now))
			.update();
	}

}
