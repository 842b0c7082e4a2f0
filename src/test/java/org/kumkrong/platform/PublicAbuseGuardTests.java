package org.kumkrong.platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.kumkrong.platform.PublicAbuseGuard.Decision;
import org.kumkrong.platform.PublicRateLimits.Limit;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard's policy: a valid proof of work draws on the normal budget, anything else on the budget
 * without proof, and a missing proof alone never refuses. The budgets themselves are tested in
 * {@code InMemoryRateLimitsTests}; here they are stand-ins that record what was asked.
 */
class PublicAbuseGuardTests {

	final RecordingLimits limits = new RecordingLimits();

	final PublicAbuseGuard guard = new PublicAbuseGuard(limits, new OneSolution());

	@Test
	void allowsTheFirstRequestWithoutANonce() {
		assertThat(guard.check(request(), Limit.REPORT_SUBMISSION, null, null)).isEqualTo(Decision.ALLOWED);
		assertThat(guard.check(request(), Limit.REPORT_SUBMISSION, "challenge", "")).isEqualTo(Decision.ALLOWED);
		assertThat(limits.calls).containsExactly("without proof REPORT_SUBMISSION client-of-198.51.100.1",
				"without proof REPORT_SUBMISSION client-of-198.51.100.1");
	}

	@Test
	void aValidProofDrawsOnTheNormalBudget() {
		assertThat(guard.check(request(), Limit.REPORT_SUBMISSION, "challenge", "solution")).isEqualTo(Decision.ALLOWED);
		assertThat(limits.calls).containsExactly("proven REPORT_SUBMISSION client-of-198.51.100.1");
	}

	@Test
	void aWrongExpiredOrReplayedProofCountsAsNoProofNotAsARefusal() {
		assertThat(guard.check(request(), Limit.REPORT_SUBMISSION, "challenge", "wrong")).isEqualTo(Decision.ALLOWED);
		assertThat(limits.calls).containsExactly("without proof REPORT_SUBMISSION client-of-198.51.100.1");
	}

	@Test
	void asksTheSenderToSlowDownWhenTheBudgetIsUsedUp() {
		limits.budget = 1;
		assertThat(guard.check(request(), Limit.PAGE_POST, null, null)).isEqualTo(Decision.ALLOWED);
		assertThat(guard.check(request(), Limit.PAGE_POST, "challenge", "solution")).isEqualTo(Decision.SLOW_DOWN);
	}

	@Test
	void followUpTriesAreCountedPerReceiptCode() {
		assertThat(guard.check(Limit.FOLLOW_UP_ATTEMPT, "KK-R-7Q4M", "challenge", "solution"))
			.isEqualTo(Decision.ALLOWED);
		assertThat(limits.calls).containsExactly("proven FOLLOW_UP_ATTEMPT KK-R-7Q4M");
	}

	@Test
	void issuesChallengesForForms() {
		assertThat(guard.challenge().value()).isEqualTo("challenge");
	}

	static MockHttpServletRequest request() {
		var request = new MockHttpServletRequest("POST", "/report");
		request.setRemoteAddr("198.51.100.1");
		return request;
	}

	/** Answers yes while its budget lasts and writes down each question. */
	static final class RecordingLimits implements PublicRateLimits {

		final List<String> calls = new ArrayList<>();

		int budget = Integer.MAX_VALUE;

		@Override
		public boolean tryConsume(Limit limit, String key) {
			calls.add("proven " + limit + " " + key);
			return budget-- > 0;
		}

		@Override
		public boolean tryConsumeWithoutProof(Limit limit, String key) {
			calls.add("without proof " + limit + " " + key);
			return budget-- > 0;
		}

		@Override
		public String clientKey(HttpServletRequest request) {
			return "client-of-" + request.getRemoteAddr();
		}

	}

	/** A puzzle whose only solution is "solution". */
	static final class OneSolution implements ProofOfWork {

		@Override
		public Challenge issue() {
			return new Challenge("challenge", 18, Instant.EPOCH);
		}

		@Override
		public boolean verify(String challenge, String nonce) {
			return "challenge".equals(challenge) && "solution".equals(nonce);
		}

	}

}
