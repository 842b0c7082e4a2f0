package org.kumkrong.account;

import java.util.Optional;
import java.util.UUID;

/**
 * How to reach a staff member with an alert: their name as colleagues know it, their work e-mail address
 * (if the account has one) and whether they said they are on duty now.
 *
 * @param email the work e-mail address, or {@code null} when the account has none
 */
public record StaffContact(UUID userId, String displayName, String email, boolean onDuty) {

	public Optional<String> emailAddress() {
		return email == null || email.isBlank() ? Optional.empty() : Optional.of(email);
	}

	@Override
	public String toString() {
		return "StaffContact[" + userId + "]";
	}

}
