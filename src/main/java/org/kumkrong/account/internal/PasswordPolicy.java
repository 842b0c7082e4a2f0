package org.kumkrong.account.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * SECURITY.md row 3: at least 12 and at most 128 characters, no composition rules, and not one of the
 * passwords on the bundled breached list (the common-passwords dictionary of zxcvbn-ts, MIT, see
 * resources/account/LICENSE-breached-passwords-MIT.txt), compared without regard to case.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private final Set<String> breached;

	PasswordPolicy() throws IOException {
		Set<String> list = new HashSet<>();
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("account/breached-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank()) {
					list.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		this.breached = Set.copyOf(list);
	}

	/** The message key of the first rule the password breaks, if any. */
	Optional<String> check(String password, String username) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("account.password.error.tooShort");
		}
		if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
			return Optional.of("account.password.error.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (breached.contains(lower)) {
			return Optional.of("account.password.error.breached");
		}
		if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("account.password.error.containsUsername");
		}
		return Optional.empty();
	}

	int breachedListSize() {
		return breached.size();
	}

}
