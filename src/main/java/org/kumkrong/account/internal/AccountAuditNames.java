package org.kumkrong.account.internal;

import java.util.Optional;
import java.util.UUID;

import org.kumkrong.audit.AuditNames;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Usernames (and partner key prefixes) for the audit page, looked up by id. */
@Component
class AccountAuditNames implements AuditNames {

	private final JdbcTemplate jdbc;

	AccountAuditNames(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> userLabel(UUID userId) {
		if (userId == null) {
			return Optional.empty();
		}
		var users = jdbc.queryForList("select username from account_user where id = ?", String.class, userId);
		if (!users.isEmpty()) {
			return Optional.of(users.get(0));
		}
		var keys = jdbc.queryForList("select key_prefix from account_api_key where id = ?", String.class, userId);
		return keys.isEmpty() ? Optional.empty() : Optional.of("partner-key:" + keys.get(0) + "…");
	}

	@Override
	public Optional<UUID> userIdByUsername(String username) {
		if (username == null || username.isBlank() || username.length() > 128) {
			return Optional.empty();
		}
		var ids = jdbc.queryForList("select id from account_user where username = ?", UUID.class,
				username.strip().toLowerCase(java.util.Locale.ROOT));
		return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
	}

}
