package org.kumkrong.account.internal;

import java.time.Duration;
import java.time.Instant;

import org.kumkrong.account.StaffSession;
import org.kumkrong.account.TotpCodes;
import org.kumkrong.platform.MutableClock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs one of the seeded demo accounts in through the real pages (password, then TOTP code). A code is
 * accepted once per account and 30-second step, for the current step and one either side; so this takes
 * the earliest step the account has not used yet (keeping later steps free for the next sign-in, also for
 * the browser tests, which sign in at the real time), and only when none is left moves the test clock on:
 * the calling test must reset the clock afterwards.
 */
public final class DemoSignIn {

	private DemoSignIn() {
	}

	public static StaffSession as(String username, MockMvc mvc, JdbcTemplate jdbc, MutableClock clock) throws Exception {
		DemoData.DemoUser user = DemoData.USERS.stream()
			.filter(candidate -> candidate.username().equals(username))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no demo account " + username));
		StaffSession session = new StaffSession(mvc);
		session.post("/login", "username", username, "password", DemoData.PASSWORD);
		// Chosen after the slow password check, so that choosing and checking the code are milliseconds apart.
		long lastStep = jdbc.queryForObject("select totp_last_step from account_user where username = ?", Long.class,
				username);
		long current = clock.instant().getEpochSecond() / 30;
		if (lastStep > current) {
			clock.advance(Duration.ofSeconds((lastStep - current) * 30));
			current = lastStep;
		}
		long step = Math.max(current - 1, lastStep + 1);
		assertThat(session.post("/login/code", "code", TotpCodes.at(user.totpSecret(), Instant.ofEpochSecond(step * 30)))
			.getResponse().getRedirectedUrl()).as("sign-in of demo account %s", username).isEqualTo("/home");
		return session;
	}

}
