package org.kumkrong.platform.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;
import org.kumkrong.platform.MutableClock;
import org.kumkrong.platform.ProofOfWork.Challenge;

import static org.assertj.core.api.Assertions.assertThat;

/** The hashcash challenge of the public forms (SECURITY.md row 14), driven by a movable clock. */
class HashcashProofOfWorkTests {

	static final String SHARED_SECRET = "test-only-secret-shared-by-all-nodes-0123456789";

	final MutableClock clock = new MutableClock();

	@Test
	void acceptsANonceThatSolvesTheChallenge() {
		var pow = proofOfWork(8, null);
		Challenge challenge = pow.issue();

		assertThat(challenge.difficulty()).isEqualTo(8);
		assertThat(challenge.expiresAt()).isBetween(clock.instant().plus(Duration.ofMinutes(10)).minusSeconds(2),
				clock.instant().plus(Duration.ofMinutes(10)));
		assertThat(challenge.value()).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
		assertThat(pow.verify(challenge.value(), solve(challenge.value(), bits -> bits >= 8))).isTrue();
	}

	@Test
	void refusesANonceThatDoesNotSolveIt() {
		var pow = proofOfWork(8, null);
		String challenge = pow.issue().value();

		assertThat(pow.verify(challenge, solve(challenge, bits -> bits < 8))).isFalse();
	}

	@Test
	void respectsTheDifficulty() {
		var pow = proofOfWork(12, null);
		String challenge = pow.issue().value();

		assertThat(pow.verify(challenge, solve(challenge, bits -> bits >= 8 && bits < 12))).isFalse();
		assertThat(pow.verify(challenge, solve(challenge, bits -> bits >= 12))).isTrue();
	}

	@Test
	void usesEighteenBitsByDefault() {
		var pow = new HashcashProofOfWork(PublicLimitsProperties.defaults(), clock);
		Challenge challenge = pow.issue();

		assertThat(challenge.difficulty()).isEqualTo(18);
		assertThat(pow.verify(challenge.value(), solve(challenge.value(), bits -> bits >= 18))).isTrue();
	}

	@Test
	void refusesAnExpiredChallenge() {
		var pow = proofOfWork(8, null);
		String challenge = pow.issue().value();
		String nonce = solve(challenge, bits -> bits >= 8);

		clock.advance(Duration.ofMinutes(10));
		assertThat(pow.verify(challenge, nonce)).isFalse();
	}

	@Test
	void refusesAReplayAndForgetsUsedChallengesOnceExpired() {
		var pow = proofOfWork(8, null);
		String challenge = pow.issue().value();
		String nonce = solve(challenge, bits -> bits >= 8);

		assertThat(pow.verify(challenge, nonce)).isTrue();
		assertThat(pow.verify(challenge, nonce)).isFalse();
		String anotherNonce = solve(challenge, bits -> bits >= 8, Integer.parseInt(nonce) + 1);
		assertThat(pow.verify(challenge, anotherNonce)).as("another solution of a used challenge").isFalse();
		assertThat(pow.usedCount()).isEqualTo(1);

		clock.advance(Duration.ofMinutes(11));
		pow.prune();
		assertThat(pow.usedCount()).isZero();
	}

	@Test
	void refusesATamperedChallenge() {
		var pow = proofOfWork(8, null);
		String challenge = pow.issue().value();
		int dot = challenge.indexOf('.');

		// Another random part under the old signature, solved honestly.
		String otherRandom = (challenge.charAt(0) == 'A' ? 'B' : 'A') + challenge.substring(1);
		assertThat(pow.verify(otherRandom, solve(otherRandom, bits -> bits >= 8))).isFalse();

		// An easier difficulty and a later expiry under the old signature.
		byte[] payload = Base64.getUrlDecoder().decode(challenge.substring(0, dot));
		ByteBuffer.wrap(payload).putLong(16, clock.instant().plus(Duration.ofDays(1)).getEpochSecond()).put(24, (byte) 1);
		String easier = Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + challenge.substring(dot);
		assertThat(pow.verify(easier, solve(easier, bits -> bits >= 1))).isFalse();

		// A signature of another node with another (random) key.
		String foreign = proofOfWork(8, null).issue().value();
		assertThat(pow.verify(foreign, solve(foreign, bits -> bits >= 8))).isFalse();

		// Half a signature.
		String cut = challenge.substring(0, challenge.length() - 10);
		assertThat(pow.verify(cut, solve(cut, bits -> bits >= 8))).isFalse();
	}

	@Test
	void refusesMalformedInputWithoutThrowing() {
		var pow = proofOfWork(8, null);
		String challenge = pow.issue().value();

		assertThat(pow.verify(null, "1")).isFalse();
		assertThat(pow.verify(challenge, null)).isFalse();
		assertThat(pow.verify("", "1")).isFalse();
		assertThat(pow.verify(".", "1")).isFalse();
		assertThat(pow.verify("no-dot-here", "1")).isFalse();
		assertThat(pow.verify("%%%.%%%", "1")).isFalse();
		assertThat(pow.verify("a".repeat(10_000) + "." + "b", "1")).isFalse();
		assertThat(pow.verify(challenge, "")).isFalse();
		assertThat(pow.verify(challenge, "1 OR 1=1")).isFalse();
		assertThat(pow.verify(challenge, "9".repeat(100))).isFalse();
		assertThat(pow.verify(challenge, "๑๒๓")).isFalse();
	}

	@Test
	void nodesSharingTheSecretAcceptEachOthersChallenges() {
		var issuer = proofOfWork(8, SHARED_SECRET);
		var other = proofOfWork(8, SHARED_SECRET);
		String challenge = issuer.issue().value();

		assertThat(other.verify(challenge, solve(challenge, bits -> bits >= 8))).isTrue();
	}

	@Test
	void countsLeadingZeroBits() {
		assertThat(HashcashProofOfWork.leadingZeroBits(new byte[] { (byte) 0x80, 0 })).isZero();
		assertThat(HashcashProofOfWork.leadingZeroBits(new byte[] { 0, 0x0f })).isEqualTo(12);
		assertThat(HashcashProofOfWork.leadingZeroBits(new byte[] { 0, 0, 1 })).isEqualTo(23);
		assertThat(HashcashProofOfWork.leadingZeroBits(new byte[32])).isEqualTo(256);
	}

	HashcashProofOfWork proofOfWork(int difficulty, String secret) {
		return new HashcashProofOfWork(
				new PublicLimitsProperties(null, null, null, null, null, difficulty, null, secret), clock);
	}

	/** The first decimal nonce, as pow.js counts, whose hash has a number of leading zero bits that fits. */
	static String solve(String challenge, IntPredicate fits) {
		return solve(challenge, fits, 0);
	}

	static String solve(String challenge, IntPredicate fits, int from) {
		for (int nonce = from;; nonce++) {
			byte[] hash = HashcashProofOfWork.sha256((challenge + ":" + nonce).getBytes(StandardCharsets.UTF_8));
			if (fits.test(HashcashProofOfWork.leadingZeroBits(hash))) {
				return Integer.toString(nonce);
			}
		}
	}

}
