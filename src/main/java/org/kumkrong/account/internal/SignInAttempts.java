package org.kumkrong.account.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.kumkrong.platform.KumkrongProperties;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins per submitted username, known or unknown (SECURITY.md row 2): five failures within
 * fifteen minutes lock the name until the window has passed. Unknown names are counted the same way, so
 * the answers never tell a real account from an invented one.
 */
@Component
class SignInAttempts {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final KumkrongProperties.Security rules;

	SignInAttempts(JdbcTemplate jdbc, Clock clock, KumkrongProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.rules = properties.security();
	}

	static String key(String username) {
		String trimmed = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return trimmed.length() > 128 ? trimmed.substring(0, 128) : trimmed;
	}

	int lockoutAttempts() {
		return rules.lockoutAttempts();
	}

	boolean locked(String username) {
		return recentFailures(username) >= rules.lockoutAttempts();
	}

	int recentFailures(String username) {
		Instant since = clock.instant().minus(rules.lockoutWindow());
		Integer count = jdbc.queryForObject(
				"select count(*) from account_sign_in_failure where username_key = ? and failed_at > ?", Integer.class,
				key(username), Timestamp.from(since));
		return count == null ? 0 : count;
	}

	/** Records a failure and answers how many fall within the window now. */
	@Transactional(propagation = Propagation.REQUIRED)
	int recordFailure(String username) {
		jdbc.update("insert into account_sign_in_failure (username_key, failed_at) values (?, ?)", key(username),
				Timestamp.from(clock.instant()));
		return recentFailures(username);
	}

	@Transactional(propagation = Propagation.REQUIRED)
	void clear(String username) {
		jdbc.update("delete from account_sign_in_failure where username_key = ?", key(username));
	}

	/** Old failures carry no information once outside the window; keep the table small. */
	@org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	void purgeOld() {
		jdbc.update("delete from account_sign_in_failure where failed_at < ?",
				Timestamp.from(clock.instant().minus(rules.lockoutWindow()).minusSeconds(3600)));
	}

}
