package org.kumkrong.account.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): HMAC-SHA1, 30-second steps, six
 * digits, as every authenticator app expects. A code is accepted for the current step and one step
 * either side (clock drift), and only when its step is later than the last one accepted for the account,
 * so a used code is never accepted twice.
 */
final class Totp {

	static final int STEP_SECONDS = 30;

	static final int DIGITS = 6;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	/** A fresh 160-bit secret in Base32, as RFC 4226 recommends. */
	static String newSecret() {
		byte[] secret = new byte[20];
		RANDOM.nextBytes(secret);
		return new Base32().encodeToString(secret).replace("=", "");
	}

	static long step(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
	}

	static String code(byte[] key, long step, String algorithm, int digits) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key, "RAW"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			int modulus = (int) Math.pow(10, digits);
			return String.format("%0" + digits + "d", binary % modulus);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String code(String base32Secret, long step) {
		return code(decode(base32Secret), step, "HmacSHA1", DIGITS);
	}

	/**
	 * The step a submitted code belongs to, if it is valid now (±1 step) and later than
	 * {@code lastAcceptedStep}.
	 */
	static OptionalLong verify(String base32Secret, String submitted, Instant now, long lastAcceptedStep) {
		if (submitted == null) {
			return OptionalLong.empty();
		}
		String code = submitted.replaceAll("\\s", "");
		if (!code.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		byte[] key = decode(base32Secret);
		long current = step(now);
		for (long step = current - 1; step <= current + 1; step++) {
			if (step > lastAcceptedStep && java.security.MessageDigest.isEqual(
					code(key, step, "HmacSHA1", DIGITS).getBytes(), code.getBytes())) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	private static byte[] decode(String base32Secret) {
		return new Base32().decode(base32Secret.replace(" ", "").toUpperCase());
	}

}
