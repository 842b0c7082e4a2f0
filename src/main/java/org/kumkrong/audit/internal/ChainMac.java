package org.kumkrong.audit.internal;

import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes entry hashes: {@code HMAC-SHA256(key, previousHash || canonical content)}, where the previous
 * hash of the first entry is 32 zero bytes. Not thread-safe: one per sealing or verification run.
 */
final class ChainMac {

	static final byte[] GENESIS = new byte[32];

	private static final HexFormat HEX = HexFormat.of();

	private final Mac mac;

	ChainMac(byte[] key) {
		try {
			mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	byte[] hash(byte[] previous, ChainEntry entry, long position) {
		mac.update(previous);
		return mac.doFinal(entry.canonical(position));
	}

	static String hex(byte[] hash) {
		return HEX.formatHex(hash);
	}

	/** The stored hash as bytes, or {@code null} when it is not 64 hex digits. */
	static byte[] parse(String hex) {
		if (hex == null || hex.length() != 64) {
			return null;
		}
		try {
			return HEX.parseHex(hex);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
