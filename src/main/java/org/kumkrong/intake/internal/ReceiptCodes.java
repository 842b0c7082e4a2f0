package org.kumkrong.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Receipt codes and passphrases for anonymous reporters, in Crockford's Base32 alphabet (no I, L, O or U,
 * so nothing is misread; on input I and L read as 1, O as 0). A code has 10 characters (50 bits) and a
 * passphrase 8 (40 bits): 90 bits together, far beyond guessing even before throttling. The code is
 * stored only as a SHA-256 (to find the report); the passphrase only as an Argon2id hash.
 */
public final class ReceiptCodes {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	static final int CODE_LENGTH = 10;

	static final int PASSPHRASE_LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private ReceiptCodes() {
	}

	/** A receipt: the code that finds the report and the passphrase that opens it. Shown once. */
	public record Receipt(String code, String passphrase) {

		@Override
		public String toString() {
			return "Receipt[hidden]";
		}

	}

	static Receipt issue() {
		return new Receipt(group(random(CODE_LENGTH), 5), group(random(PASSPHRASE_LENGTH), 4));
	}

	/** Upper case, no separators or spaces, I/L → 1 and O → 0; {@code null} when anything else remains. */
	public static String normalise(String input) {
		if (input == null) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		for (char c : input.toUpperCase(Locale.ROOT).toCharArray()) {
			if (c == '-' || c == ' ' || c == '\u00A0') {
				continue;
			}
			char mapped = switch (c) {
				case 'I', 'L' -> '1';
				case 'O' -> '0';
				default -> c;
			};
			if (ALPHABET.indexOf(mapped) < 0) {
				return null;
			}
			out.append(mapped);
		}
		return out.toString();
	}

	/** Whether the input is a well-formed receipt code. */
	static boolean looksLikeCode(String normalised) {
		return normalised != null && normalised.length() == CODE_LENGTH;
	}

	static boolean looksLikePassphrase(String normalised) {
		return normalised != null && normalised.length() == PASSPHRASE_LENGTH;
	}

	/** The lookup value stored for a (normalised) code. */
	static String lookup(String normalisedCode) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("kumkrong.receipt:" + normalisedCode).getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String random(int length) {
		char[] chars = new char[length];
		for (int i = 0; i < length; i++) {
			chars[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
		}
		return new String(chars);
	}

	private static String group(String value, int size) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < value.length(); i += size) {
			if (i > 0) {
				out.append('-');
			}
			out.append(value, i, Math.min(value.length(), i + size));
		}
		return out.toString();
	}

}
