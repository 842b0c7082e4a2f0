package org.kumkrong.account.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	final PasswordPolicy policy = newPolicy();

	static PasswordPolicy newPolicy() {
		try {
			return new PasswordPolicy();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void acceptsTwelveToOneHundredTwentyEightCharactersWithoutCompositionRules() {
		assertThat(policy.check("correct horse battery", "somchai")).isEmpty();
		assertThat(policy.check("abcdefghijkm", "somchai")).isEmpty();
		assertThat(policy.check("ก".repeat(12), "somchai")).isEmpty();
		assertThat(policy.check("x".repeat(128) .replace("xxx", "xyz"), "somchai")).isEmpty();
	}

	@Test
	void refusesShortLongBreachedAndUsernamePasswords() {
		assertThat(policy.check("short-pass1", "somchai")).contains("account.password.error.tooShort");
		assertThat(policy.check("y".repeat(129), "somchai")).contains("account.password.error.tooLong");
		assertThat(policy.check("passwordpassword", "somchai")).contains("account.password.error.breached");
		assertThat(policy.check("PasswordPassword", "somchai")).contains("account.password.error.breached");
		assertThat(policy.check("my-somchai-secret", "somchai")).contains("account.password.error.containsUsername");
	}

	@Test
	void bundlesTheBreachedList() {
		assertThat(policy.breachedListSize()).isGreaterThan(40_000);
	}

}
