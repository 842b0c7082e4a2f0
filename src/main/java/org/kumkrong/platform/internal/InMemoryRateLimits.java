package org.kumkrong.platform.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletRequest;
import org.kumkrong.platform.PublicRateLimits;
import org.kumkrong.platform.internal.PublicLimitsProperties.Rate;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * bucket4j token buckets in this node's memory. Per-key buckets sit in one map bounded by
 * {@code max-keys}, under keyed hashes of the keys (a client key or a receipt code), never the keys
 * themselves; the hashing key is random, never leaves memory and is replaced every day, which also
 * drops every per-key bucket. Nothing here is written to the database or the log (SECURITY.md row 14).
 */
@Component
class InMemoryRateLimits implements PublicRateLimits {

	private static final String HMAC = "HmacSHA256";

	/** 128 bits of a keyed hash: no collisions in practice, half the memory of the full 256. */
	private static final int KEY_BYTES = 16;

	private final PublicLimitsProperties properties;

	private final Clock clock;

	private final TimeMeter time;

	private final SecureRandom random = new SecureRandom();

	private final Map<Limit, Bucket> overall = new EnumMap<>(Limit.class);

	private final Map<Limit, Bucket> withoutProof = new EnumMap<>(Limit.class);

	private final ConcurrentHashMap<BucketKey, Bucket> perKey = new ConcurrentHashMap<>();

	private final Object evicting = new Object();

	private volatile HashingKey hashingKey;

	InMemoryRateLimits(PublicLimitsProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		// The buckets read the injected clock, so refill is testable by moving it.
		this.time = new ClockTime(clock);
		for (Limit limit : Limit.values()) {
			var rates = properties.rates(limit);
			if (rates.overall() != null) {
				overall.put(limit, bucket(rates.overall()));
			}
			if (rates.withoutProof() != null) {
				withoutProof.put(limit, bucket(rates.withoutProof()));
			}
		}
		this.hashingKey = newHashingKey(clock.instant());
	}

	@Override
	public boolean tryConsume(Limit limit, String key) {
		return consume(limit, key, null);
	}

	@Override
	public boolean tryConsumeWithoutProof(Limit limit, String key) {
		return consume(limit, key, withoutProof.get(limit));
	}

	@Override
	public String clientKey(HttpServletRequest request) {
		// Only the socket peer (or what Tomcat's RemoteIpValve put there from trusted proxies); no header is
		// read here, and the address is hashed at once and never kept.
		String address = Objects.requireNonNullElse(request.getRemoteAddr(), "");
		return hash(currentHashingKey(), "client:" + address);
	}

	/**
	 * The key's own bucket first, so that one noisy sender stops there without draining the shared
	 * budgets; a token taken from an earlier bucket is given back when a later one refuses, so a refusal
	 * costs nothing.
	 */
	private boolean consume(Limit limit, String key, Bucket shared) {
		Bucket own = perKeyBucket(limit, key);
		if (!own.tryConsume(1)) {
			return false;
		}
		if (shared != null && !shared.tryConsume(1)) {
			own.addTokens(1);
			return false;
		}
		Bucket all = overall.get(limit);
		if (all != null && !all.tryConsume(1)) {
			own.addTokens(1);
			if (shared != null) {
				shared.addTokens(1);
			}
			return false;
		}
		return true;
	}

	private Bucket perKeyBucket(Limit limit, String key) {
		Objects.requireNonNull(key, "key");
		var bucketKey = new BucketKey(limit, hash(currentHashingKey(), "key:" + key));
		Bucket existing = perKey.get(bucketKey);
		if (existing != null) {
			return existing;
		}
		if (perKey.size() >= properties.maxKeys()) {
			evict();
		}
		return perKey.computeIfAbsent(bucketKey, k -> bucket(properties.rates(limit).perKey()));
	}

	/**
	 * Makes room when the map is full (a flood from many addresses): first drops buckets that have
	 * refilled completely, which lose nothing; then, if that is not enough, arbitrary ones down to 90%, so
	 * the next inserts need no scan. The map's order follows keyed hashes that no sender can predict, so
	 * nobody can choose whose bucket goes; the overall budgets still hold while it happens.
	 */
	private void evict() {
		synchronized (evicting) {
			if (perKey.size() < properties.maxKeys()) {
				return;
			}
			pruneRefilled();
			int target = properties.maxKeys() - Math.max(1, properties.maxKeys() / 10);
			Iterator<BucketKey> keys = perKey.keySet().iterator();
			while (perKey.size() > target && keys.hasNext()) {
				keys.next();
				keys.remove();
			}
		}
	}

	/** Once a minute: replace the hashing key when it is due, and forget buckets that are full again. */
	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void prune() {
		currentHashingKey();
		pruneRefilled();
	}

	private void pruneRefilled() {
		perKey.entrySet().removeIf(entry -> entry.getValue()
			.getAvailableTokens() >= properties.rates(entry.getKey().limit()).perKey().tokens());
	}

	int size() {
		return perKey.size();
	}

	private HashingKey currentHashingKey() {
		HashingKey current = hashingKey;
		Instant now = clock.instant();
		if (now.isBefore(current.until())) {
			return current;
		}
		synchronized (this) {
			if (hashingKey == current) {
				hashingKey = newHashingKey(now);
				// Buckets under the old key can never be found again.
				perKey.clear();
			}
			return hashingKey;
		}
	}

	private HashingKey newHashingKey(Instant now) {
		byte[] key = new byte[32];
		random.nextBytes(key);
		var spec = new SecretKeySpec(key, HMAC);
		Arrays.fill(key, (byte) 0);
		return new HashingKey(spec, now.plus(properties.clientKeyRotation()));
	}

	private static String hash(HashingKey key, String value) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(key.spec());
			byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, KEY_BYTES));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private Bucket bucket(Rate rate) {
		// Greedy refill: one token every period/tokens, so a blocked sender waits minutes, not the whole period.
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(rate.tokens()).refillGreedy(rate.tokens(), rate.period()).build())
			.withCustomTimePrecision(time)
			.build();
	}

	private record BucketKey(Limit limit, String hash) {
	}

	private record HashingKey(SecretKeySpec spec, Instant until) {

		@Override
		public String toString() {
			return "HashingKey[until=" + until + "]";
		}

	}

	/** bucket4j's time source, read from the injected clock. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
