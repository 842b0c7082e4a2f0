package org.kumkrong.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Rate limits for the anonymous public channel (the report form, the follow-up page): token buckets
 * held in this node's memory only, so abuse is slowed down without tracking anyone (SECURITY.md row 14).
 * <p>
 * Each {@link Limit} has a budget per key (a client, or a receipt code) and may have an overall budget
 * shared by everyone; requests that come without a proof of work also draw on a stricter shared budget.
 * Keys are kept only as keyed hashes under a random in-memory key that changes every day, so nothing
 * derived from a client address is stable, stored or logged; the buckets are forgotten on restart.
 * <p>
 * Most controllers use {@link PublicAbuseGuard}, which also checks the proof of work. Steps of a
 * multi-page form that carry no proof of work use this interface directly:
 * <pre>{@code
 * if (!limits.tryConsume(Limit.PAGE_POST, limits.clientKey(request))) {
 *     throw new SlowDownException();
 * }
 * }</pre>
 * The limits are per node: with N nodes behind a balancer a client may get up to N times the budget.
 */
public interface PublicRateLimits {

	/** The kinds of public action that are limited; budgets are set under {@code kumkrong.public-limits}. */
	enum Limit {

		/** A report sent from the public form; keyed by the {@link #clientKey client key}. */
		REPORT_SUBMISSION,

		/** One try of receipt code and passphrase on the follow-up page; keyed by the receipt code. */
		FOLLOW_UP_ATTEMPT,

		/** Any other post of a public page (a step of the report form); keyed by the client key. */
		PAGE_POST

	}

	/**
	 * Takes one token for a request that came with a valid proof of work: from the key's budget and the
	 * overall budget. Nothing is taken when the answer is {@code false}.
	 * @param key a {@link #clientKey client key}, or the receipt code for {@link Limit#FOLLOW_UP_ATTEMPT};
	 *        held only as a keyed hash
	 */
	boolean tryConsume(Limit limit, String key);

	/**
	 * Takes one token for a request without a (valid) proof of work, for example from a browser without
	 * JavaScript: from the key's budget, the stricter budget shared by all such requests, and the overall
	 * budget. Never refuses for the missing proof alone: a child without JavaScript must be able to report.
	 */
	boolean tryConsumeWithoutProof(Limit limit, String key);

	/**
	 * An opaque key for the client that sent the request: a keyed hash of its address under a random key
	 * that lives only in memory and changes every day. Never contains the address, never stable, never to
	 * be stored or logged. Behind a reverse proxy the address is the proxy's unless the application is set
	 * to take the client address from the proxy's headers (see README, "Scaling out").
	 */
	String clientKey(HttpServletRequest request);

}
