package org.kumkrong.browser;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

/**
 * RFC 6238 time-based one-time codes as an authenticator app computes them: HMAC-SHA1, 30-second steps,
 * 6 digits, from the Base32 secret shown at enrolment. For browser journeys that sign in; written
 * independently of the application's own TOTP code so that the two check each other.
 */
public final class TotpCodes {

	static final int STEP_SECONDS = 30;

	static final int DIGITS = 6;

	private TotpCodes() {
	}

	/** The code for the step that contains {@code at}. */
	public static String at(String base32Secret, Instant at) {
		return forStep(base32Secret, step(at), DIGITS);
	}

	/** The code for now. */
	public static String now(String base32Secret) {
		return at(base32Secret, Instant.now());
	}

	public static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
	}

	static String forStep(String base32Secret, long step, int digits) {
		byte[] key = new Base32().decode(base32Secret.replace(" ", "").toUpperCase(Locale.ROOT));
		try {
			var mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key, "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
			// RFC 4226 section 5.3: dynamic truncation.
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			int code = binary % (int) Math.pow(10, digits);
			return String.format("%0" + digits + "d", code);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
