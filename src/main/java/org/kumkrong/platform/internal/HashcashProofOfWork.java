package org.kumkrong.platform.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.kumkrong.platform.ProofOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hashcash with signed, self-describing challenges: nothing is stored when a challenge is issued, so
 * issuing costs no memory; a solved challenge is remembered until it expires, to refuse a replay. The
 * memory of used challenges is bounded: each entry cost the sender a solved puzzle, and past the bound a
 * new solution simply counts as no proof (the sender then draws on the stricter shared budget).
 */
@Component
class HashcashProofOfWork implements ProofOfWork {

	private static final Logger log = LoggerFactory.getLogger(HashcashProofOfWork.class);

	private static final String HMAC = "HmacSHA256";

	private static final int RANDOM_BYTES = 16;

	/** Random bytes, expiry (epoch seconds, 8 bytes), difficulty (1 byte). */
	private static final int PAYLOAD_BYTES = RANDOM_BYTES + Long.BYTES + 1;

	/** pow.js sends a decimal counter; anything else, or anything long, is not a solution. */
	private static final Pattern NONCE = Pattern.compile("[0-9A-Za-z_-]{1,32}");

	private static final int MAX_CHALLENGE_LENGTH = 128;

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final PublicLimitsProperties properties;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final SecretKeySpec signingKey;

	/** Used challenges (their payload) with their expiry in epoch seconds. */
	private final ConcurrentHashMap<String, Long> used = new ConcurrentHashMap<>();

	HashcashProofOfWork(PublicLimitsProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		if (properties.powSecret() != null) {
			this.signingKey = new SecretKeySpec(properties.powSecret().getBytes(StandardCharsets.UTF_8), HMAC);
		}
		else {
			byte[] key = new byte[32];
			random.nextBytes(key);
			this.signingKey = new SecretKeySpec(key, HMAC);
			log.info("Proof-of-work challenges are signed with a key made at start-up; with more than one node, "
					+ "set kumkrong.public-limits.pow-secret to the same value on each");
		}
	}

	@Override
	public Challenge issue() {
		byte[] nonce = new byte[RANDOM_BYTES];
		random.nextBytes(nonce);
		Instant expiresAt = clock.instant().plus(properties.powValidity());
		int difficulty = properties.powDifficulty();
		String payload = ENCODER.encodeToString(ByteBuffer.allocate(PAYLOAD_BYTES)
			.put(nonce)
			.putLong(expiresAt.getEpochSecond())
			.put((byte) difficulty)
			.array());
		return new Challenge(payload + "." + ENCODER.encodeToString(sign(payload)), difficulty,
				Instant.ofEpochSecond(expiresAt.getEpochSecond()));
	}

	@Override
	public boolean verify(String challenge, String nonce) {
		if (challenge == null || nonce == null || challenge.length() > MAX_CHALLENGE_LENGTH
				|| !NONCE.matcher(nonce).matches()) {
			return false;
		}
		int dot = challenge.indexOf('.');
		if (dot <= 0) {
			return false;
		}
		String payload = challenge.substring(0, dot);
		byte[] signature = decode(challenge.substring(dot + 1));
		// Constant-time comparison: the signature must not be guessable byte by byte from timings.
		if (signature == null || !MessageDigest.isEqual(sign(payload), signature)) {
			return false;
		}
		byte[] bytes = decode(payload);
		if (bytes == null || bytes.length != PAYLOAD_BYTES) {
			return false;
		}
		ByteBuffer buffer = ByteBuffer.wrap(bytes, RANDOM_BYTES, Long.BYTES + 1);
		long expiresAt = buffer.getLong();
		int difficulty = buffer.get() & 0xff;
		long now = clock.instant().getEpochSecond();
		if (now >= expiresAt) {
			return false;
		}
		byte[] hash = sha256((challenge + ":" + nonce).getBytes(StandardCharsets.UTF_8));
		if (leadingZeroBits(hash) < difficulty) {
			return false;
		}
		return markUsed(payload, expiresAt, now);
	}

	/** Records the challenge as used; {@code false} when it was used before (a replay) or memory is full. */
	private boolean markUsed(String payload, long expiresAt, long now) {
		if (used.size() >= properties.maxKeys()) {
			forgetExpired(now);
			if (used.size() >= properties.maxKeys()) {
				return false;
			}
		}
		return used.putIfAbsent(payload, expiresAt) == null;
	}

	/** An expired challenge is refused by its expiry alone, so its entry is no longer needed. */
	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void prune() {
		forgetExpired(clock.instant().getEpochSecond());
	}

	private void forgetExpired(long now) {
		used.values().removeIf(expiresAt -> expiresAt <= now);
	}

	int usedCount() {
		return used.size();
	}

	static int leadingZeroBits(byte[] hash) {
		int bits = 0;
		for (byte b : hash) {
			if (b == 0) {
				bits += 8;
				continue;
			}
			return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
		}
		return bits;
	}

	private byte[] sign(String payload) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(signingKey);
			return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	static byte[] sha256(byte[] input) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(input);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private static byte[] decode(String base64url) {
		try {
			return Base64.getUrlDecoder().decode(base64url);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
