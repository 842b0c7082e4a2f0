package org.kumkrong.casework.internal;

import java.time.LocalDate;

/**
 * The identifying fields of a child, kept only inside the child's encrypted {@code identity} column. Any
 * field may be empty. The national ID is the Thai 13-digit number, checked by its check digit.
 */
public record ChildIdentity(String name, LocalDate dateOfBirth, String nationalId, String address, String school,
		String guardianContact) {

	public boolean empty() {
		return blank(name) && dateOfBirth == null && blank(nationalId) && blank(address) && blank(school)
				&& blank(guardianContact);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * Whether {@code id} is a valid Thai national identification number: 13 digits whose last is
	 * {@code (11 − (Σ dᵢ·(13−i) for i = 0…11) mod 11) mod 10}.
	 */
	public static boolean validThaiNationalId(String id) {
		if (id == null || !id.matches("\\d{13}")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (id.charAt(i) - '0') * (13 - i);
		}
		return (11 - sum % 11) % 10 == id.charAt(12) - '0';
	}

	/** Digits only, so that "1-2345-67890-12-1" and "1234567890121" are the same number. */
	public static String normalizeNationalId(String id) {
		return id == null ? null : id.replaceAll("[\\s-]", "");
	}
}
