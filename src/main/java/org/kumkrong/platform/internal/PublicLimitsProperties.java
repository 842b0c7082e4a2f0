package org.kumkrong.platform.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kumkrong.platform.PublicRateLimits.Limit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationStyle;

/**
 * Budgets of the anonymous public channel ({@code kumkrong.public-limits}, SECURITY.md row 14). A rate
 * is written {@code tokens/period}, for example {@code 10/1h}; a value left out takes its default.
 *
 * @param reportSubmission reports from the public form: per client, overall, and without proof of work
 * @param followUpAttempt tries on the follow-up page: per receipt code, overall, and without proof of work
 * @param pagePost other posts of public pages: per client, and without proof of work (no overall default)
 * @param maxKeys how many per-key buckets memory holds at most (across all limits), and how many used
 *        proof-of-work challenges
 * @param clientKeyRotation how long one random key for hashing client addresses lives
 * @param powDifficulty leading zero bits a proof of work must produce (18 ≈ 260,000 hashes)
 * @param powValidity how long a challenge can be solved and sent
 * @param powSecret the challenge signing key; blank means random at start-up. Set the same value
 *        (at least 32 characters) on every node when running more than one.
 */
@ConfigurationProperties("kumkrong.public-limits")
record PublicLimitsProperties(Rates reportSubmission, Rates followUpAttempt, Rates pagePost, Integer maxKeys,
		Duration clientKeyRotation, Integer powDifficulty, Duration powValidity, String powSecret) {

	static final Rates DEFAULT_REPORT_SUBMISSION = new Rates(Rate.valueOf("10/1h"), Rate.valueOf("600/1m"),
			Rate.valueOf("30/1m"));

	static final Rates DEFAULT_FOLLOW_UP_ATTEMPT = new Rates(Rate.valueOf("5/15m"), Rate.valueOf("300/1m"),
			Rate.valueOf("30/1m"));

	static final Rates DEFAULT_PAGE_POST = new Rates(Rate.valueOf("120/1m"), null, Rate.valueOf("600/1m"));

	PublicLimitsProperties {
		reportSubmission = Rates.orDefaults(reportSubmission, DEFAULT_REPORT_SUBMISSION);
		followUpAttempt = Rates.orDefaults(followUpAttempt, DEFAULT_FOLLOW_UP_ATTEMPT);
		pagePost = Rates.orDefaults(pagePost, DEFAULT_PAGE_POST);
		maxKeys = maxKeys == null ? 100_000 : maxKeys;
		clientKeyRotation = clientKeyRotation == null ? Duration.ofDays(1) : clientKeyRotation;
		powDifficulty = powDifficulty == null ? 18 : powDifficulty;
		powValidity = powValidity == null ? Duration.ofMinutes(10) : powValidity;
		if (maxKeys < 1) {
			throw new IllegalArgumentException("kumkrong.public-limits.max-keys must be positive");
		}
		if (clientKeyRotation.isNegative() || clientKeyRotation.isZero()) {
			throw new IllegalArgumentException("kumkrong.public-limits.client-key-rotation must be positive");
		}
		// Above 32 bits a cheap phone would take minutes; the challenge stores the difficulty in one byte.
		if (powDifficulty < 1 || powDifficulty > 32) {
			throw new IllegalArgumentException("kumkrong.public-limits.pow-difficulty must be 1 to 32");
		}
		if (powValidity.isNegative() || powValidity.isZero()) {
			throw new IllegalArgumentException("kumkrong.public-limits.pow-validity must be positive");
		}
		if (powSecret != null && powSecret.isBlank()) {
			powSecret = null;
		}
		if (powSecret != null && powSecret.getBytes(StandardCharsets.UTF_8).length < 32) {
			throw new IllegalArgumentException("kumkrong.public-limits.pow-secret must have at least 32 characters");
		}
	}

	/** All defaults, as in {@code application.yml}: for tests and for running without configuration. */
	static PublicLimitsProperties defaults() {
		return new PublicLimitsProperties(null, null, null, null, null, null, null, null);
	}

	Rates rates(Limit limit) {
		return switch (limit) {
			case REPORT_SUBMISSION -> reportSubmission;
			case FOLLOW_UP_ATTEMPT -> followUpAttempt;
			case PAGE_POST -> pagePost;
		};
	}

	/** Keeps the signing secret out of any log or actuator output that prints the settings. */
	@Override
	public String toString() {
		return "PublicLimitsProperties[reportSubmission=" + reportSubmission + ", followUpAttempt=" + followUpAttempt
				+ ", pagePost=" + pagePost + ", maxKeys=" + maxKeys + ", clientKeyRotation=" + clientKeyRotation
				+ ", powDifficulty=" + powDifficulty + ", powValidity=" + powValidity + ", powSecret="
				+ (powSecret == null ? "random" : "[set]") + "]";
	}

	/**
	 * @param perKey per client, or per receipt code
	 * @param overall shared by every request of this kind; {@code null} for none
	 * @param withoutProof shared by every request of this kind that comes without a valid proof of work
	 */
	record Rates(Rate perKey, Rate overall, Rate withoutProof) {

		static Rates orDefaults(Rates configured, Rates defaults) {
			if (configured == null) {
				return defaults;
			}
			return new Rates(configured.perKey() != null ? configured.perKey() : defaults.perKey(),
					configured.overall() != null ? configured.overall() : defaults.overall(),
					configured.withoutProof() != null ? configured.withoutProof() : defaults.withoutProof());
		}

	}

	/** {@code tokens} requests per {@code period}, refilled evenly (one every period/tokens). */
	record Rate(long tokens, Duration period) {

		private static final Pattern TEXT = Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\S+)\\s*");

		Rate {
			if (tokens < 1 || period == null || period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException("A rate needs at least one token and a positive period");
			}
		}

		/** Reads {@code 10/1h}, {@code 600/1m}, {@code 5/15m}; public because Spring's binder only calls a public {@code valueOf}. */
		public static Rate valueOf(String text) {
			Matcher matcher = TEXT.matcher(text);
			if (!matcher.matches()) {
				throw new IllegalArgumentException("A rate is written tokens/period, for example 10/1h");
			}
			return new Rate(Long.parseLong(matcher.group(1)), DurationStyle.detectAndParse(matcher.group(2)));
		}

		@Override
		public String toString() {
			return tokens + "/" + period;
		}

	}

}
