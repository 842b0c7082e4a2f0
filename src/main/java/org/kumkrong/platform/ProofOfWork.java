package org.kumkrong.platform;

import java.time.Instant;

/**
 * A hashcash-style puzzle that makes each public submission cost the sender a moment of computing
 * (about 2<sup>18</sup> SHA-256 hashes by default), which is nothing for a child and a lot for a flood,
 * without tracking anyone (SECURITY.md row 14).
 * <p>
 * A challenge is {@code base64url(16 random bytes, expiry in epoch seconds, difficulty) + "." +
 * base64url(HMAC-SHA256 of that)}. The browser ({@code /js/pow.js}) finds a nonce for which
 * {@code SHA-256(challenge + ":" + nonce)} starts with {@code difficulty} zero bits. Challenges are
 * stateless until used: the server remembers a used challenge only until it expires, to refuse replays.
 * <p>
 * The signing key is random at start-up unless {@code kumkrong.public-limits.pow-secret} is set; with
 * more than one node, set the same secret on all of them, or a challenge issued by one node counts as no
 * proof on another. Pages show a challenge with the fragment {@code platform/fragments/pow :: fields}:
 * <pre>{@code
 * <form th:action="@{/report}" method="post" th:data-pow-challenge="${challenge.value()}">
 *   <th:block th:replace="~{platform/fragments/pow :: fields(${challenge})}"></th:block>
 *   ...
 * </form>
 * }</pre>
 */
public interface ProofOfWork {

	/** A fresh challenge for one form; valid for ten minutes by default. */
	Challenge issue();

	/**
	 * Whether the nonce solves the challenge: a signature of this server (or of a node sharing its
	 * secret), not expired, enough leading zero bits, and not used before. A {@code true} answer uses the
	 * challenge up. Never throws for malformed input; it is simply {@code false}.
	 */
	boolean verify(String challenge, String nonce);

	/**
	 * @param value what the page sends back in {@code powChallenge} (and puts in {@code data-pow-challenge})
	 * @param difficulty leading zero bits the nonce must produce
	 * @param expiresAt after this the challenge counts as no proof
	 */
	record Challenge(String value, int difficulty, Instant expiresAt) {
	}

}
