package org.kumkrong.account;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

/** An authenticator app for tests: RFC 6238 codes (HMAC-SHA1, 30 s, 6 digits), written independently of the code under test. */
public final class TotpCodes {

	private TotpCodes() {
	}

	public static String newSecret() {
		byte[] bytes = new byte[20];
		new SecureRandom().nextBytes(bytes);
		return new Base32().encodeToString(bytes).replace("=", "");
	}

	public static String at(String base32Secret, Instant instant) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(new Base32().decode(base32Secret), "HmacSHA1"));
			byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(instant.getEpochSecond() / 30).array());
			int o = h[19] & 0xf;
			int value = ((h[o] & 0x7f) << 24 | (h[o + 1] & 0xff) << 16 | (h[o + 2] & 0xff) << 8 | (h[o + 3] & 0xff)) % 1_000_000;
			return String.format("%06d", value);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
