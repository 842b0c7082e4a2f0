package org.kumkrong.account.internal;

import java.time.Duration;

import org.kumkrong.account.StaffSession;
import org.kumkrong.account.TotpCodes;
import org.kumkrong.platform.MutableClock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs one of the seeded demo accounts in through the real pages (password, then TOTP code). A code is
 * accepted once per account and 30-second step, so when the account already used the current step the
 * test clock moves on to the next one: the calling test must reset the clock afterwards.
 */
public final class DemoSignIn {

	private DemoSignIn() {
	}

	public static StaffSession as(String username, MockMvc mvc, JdbcTemplate jdbc, MutableClock clock) throws Exception {
		DemoData.DemoUser user = DemoData.USERS.stream()
			.filter(candidate -> candidate.username().equals(username))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no demo account " + username));
		long lastStep = jdbc.queryForObject("select totp_last_step from account_user where username = ?", Long.class,
				username);
		long step = clock.instant().getEpochSecond() / 30;
		if (lastStep >= step) {
			clock.advance(Duration.ofSeconds((lastStep + 1 - step) * 30));
		}
		StaffSession session = new StaffSession(mvc);
		session.post("/login", "username", username, "password", DemoData.PASSWORD);
		assertThat(session.post("/login/code", "code", TotpCodes.at(user.totpSecret(), clock.instant())).getResponse()
			.getRedirectedUrl()).as("sign-in of demo account %s", username).isEqualTo("/home");
		return session;
	}

}
