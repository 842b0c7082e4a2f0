package org.kumkrong.platform.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.kumkrong.platform.MutableClock;
import org.kumkrong.platform.PublicRateLimits.Limit;
import org.kumkrong.platform.internal.PublicLimitsProperties.Rate;
import org.kumkrong.platform.internal.PublicLimitsProperties.Rates;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory budgets of the public channel (SECURITY.md row 14), driven by a movable clock. */
class InMemoryRateLimitsTests {

	final MutableClock clock = new MutableClock();

	@Test
	void refusesTheEleventhReportOfTheHourAndRefillsOneEverySixMinutes() {
		var limits = new InMemoryRateLimits(PublicLimitsProperties.defaults(), clock);

		assertThat(IntStream.range(0, 10).filter(i -> limits.tryConsume(Limit.REPORT_SUBMISSION, "client-a")))
			.hasSize(10);
		assertThat(limits.tryConsume(Limit.REPORT_SUBMISSION, "client-a")).isFalse();

		clock.advance(Duration.ofMinutes(6));
		assertThat(limits.tryConsume(Limit.REPORT_SUBMISSION, "client-a")).isTrue();
		assertThat(limits.tryConsume(Limit.REPORT_SUBMISSION, "client-a")).isFalse();

		clock.advance(Duration.ofHours(1));
		assertThat(IntStream.range(0, 11).filter(i -> limits.tryConsume(Limit.REPORT_SUBMISSION, "client-a")))
			.hasSize(10);
	}

	@Test
	void oneKeyUsingUpItsBudgetLeavesOtherKeysAndOtherLimitsAlone() {
		var limits = new InMemoryRateLimits(PublicLimitsProperties.defaults(), clock);
		IntStream.range(0, 5).forEach(i -> limits.tryConsume(Limit.FOLLOW_UP_ATTEMPT, "KK-R-AAAA"));

		assertThat(limits.tryConsume(Limit.FOLLOW_UP_ATTEMPT, "KK-R-AAAA")).isFalse();
		assertThat(limits.tryConsume(Limit.FOLLOW_UP_ATTEMPT, "KK-R-BBBB")).isTrue();
		// The same text under another limit is another bucket.
		assertThat(limits.tryConsume(Limit.PAGE_POST, "KK-R-AAAA")).isTrue();

		clock.advance(Duration.ofMinutes(3));
		assertThat(limits.tryConsume(Limit.FOLLOW_UP_ATTEMPT, "KK-R-AAAA")).isTrue();
	}

	@Test
	void theOverallBudgetHoldsAcrossKeysAndARefusalCostsTheSenderNothing() {
		var limits = new InMemoryRateLimits(properties(new Rates(Rate.valueOf("2/1h"), Rate.valueOf("3/1h"), null)),
				clock);

		assertThat(limits.tryConsume(Limit.REPORT_SUBMISSION, "a")).isTrue();
		assertThat(limits.tryConsume(Limit.REPORT_SUBMISSION, "a")).isTrue();
		assertThat(limits.tryConsume(Limit.REPORT_SUBMISSION, "b")).isTrue();
		assertThat(limits.tryConsume(Limit.REPORT_SUBMISSION, "b")).as("overall budget used up").isFalse();
		assertThat(limits.tryConsume(Limit.REPORT_SUBMISSION, "c")).as("overall budget used up").isFalse();

		// 20 minutes refill one overall token; b's refused try did not take b's own last token.
		clock.advance(Duration.ofMinutes(20));
		assertThat(limits.tryConsume(Limit.REPORT_SUBMISSION, "b")).isTrue();
	}

	@Test
	void withoutProofTheFirstRequestIsAllowedAndAStricterSharedBudgetApplies() {
		var limits = new InMemoryRateLimits(
				properties(new Rates(Rate.valueOf("10/1h"), Rate.valueOf("600/1m"), Rate.valueOf("2/1h"))), clock);

		assertThat(limits.tryConsumeWithoutProof(Limit.REPORT_SUBMISSION, "a")).isTrue();
		assertThat(limits.tryConsumeWithoutProof(Limit.REPORT_SUBMISSION, "b")).isTrue();
		assertThat(limits.tryConsumeWithoutProof(Limit.REPORT_SUBMISSION, "c")).as("shared budget used up").isFalse();
		assertThat(limits.tryConsume(Limit.REPORT_SUBMISSION, "c")).as("with a proof of work").isTrue();
		// c's refused try without proof cost c nothing: 10 with proof in all.
		assertThat(IntStream.range(0, 10).filter(i -> limits.tryConsume(Limit.REPORT_SUBMISSION, "c"))).hasSize(9);
	}

	@Test
	void keepsAtMostMaxKeysBucketsWhenFloodedWithNewKeys() {
		var properties = PublicLimitsProperties.defaults();
		// A clock that stands still: on a slow machine buckets would otherwise refill and be pruned early.
		var limits = new InMemoryRateLimits(properties, Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"), ZoneOffset.UTC));
		int largest = 0;
		int refused = 0;
		for (int i = 0; i < 200_000; i++) {
			refused += limits.tryConsume(Limit.PAGE_POST, "client-" + i) ? 0 : 1;
			largest = Math.max(largest, limits.size());
		}
		assertThat(refused).as("every new key has its own budget").isZero();
		assertThat(properties.maxKeys()).isEqualTo(100_000);
		assertThat(largest).isLessThanOrEqualTo(properties.maxKeys());
		assertThat(limits.size()).isGreaterThan(properties.maxKeys() / 2);
	}

	@Test
	void forgetsBucketsThatHaveRefilledCompletely() {
		var limits = new InMemoryRateLimits(PublicLimitsProperties.defaults(), clock);
		limits.tryConsume(Limit.REPORT_SUBMISSION, "a");
		limits.tryConsume(Limit.PAGE_POST, "b");

		clock.advance(Duration.ofMinutes(2));
		limits.prune();
		assertThat(limits.size()).as("the page-post bucket refilled, the report bucket not yet").isEqualTo(1);

		clock.advance(Duration.ofHours(1));
		limits.prune();
		assertThat(limits.size()).isZero();
	}

	@Test
	void theClientKeyHidesTheAddressAndChangesWhenTheHashingKeyIsReplaced() {
		var limits = new InMemoryRateLimits(PublicLimitsProperties.defaults(), clock);
		var request = request("203.0.113.77");

		String key = limits.clientKey(request);
		assertThat(key).matches("[A-Za-z0-9_-]{22}").doesNotContain("203.0.113.77").doesNotContain("113.77");
		assertThat(limits.clientKey(request("203.0.113.77"))).isEqualTo(key);
		assertThat(limits.clientKey(request("203.0.113.78"))).isNotEqualTo(key);
		String ipv6 = limits.clientKey(request("2001:db8::77"));
		assertThat(ipv6).doesNotContain("2001").doesNotContain("db8");

		clock.advance(Duration.ofHours(23));
		assertThat(limits.clientKey(request)).isEqualTo(key);
		clock.advance(Duration.ofHours(1));
		assertThat(limits.clientKey(request)).isNotEqualTo(key);
	}

	@Test
	void replacingTheHashingKeyDropsEveryPerKeyBucket() {
		var limits = new InMemoryRateLimits(PublicLimitsProperties.defaults(), clock);
		IntStream.range(0, 10).forEach(i -> limits.tryConsume(Limit.REPORT_SUBMISSION, "a"));
		assertThat(limits.size()).isEqualTo(1);

		clock.advance(Duration.ofDays(1));
		limits.prune();
		// Buckets under the old key could never be found again; the price is a fresh budget once a day.
		assertThat(limits.size()).isZero();
		assertThat(limits.tryConsume(Limit.REPORT_SUBMISSION, "a")).isTrue();
	}

	static PublicLimitsProperties properties(Rates reportSubmission) {
		return new PublicLimitsProperties(reportSubmission, null, null, null, null, null, null, null);
	}

	static MockHttpServletRequest request(String address) {
		var request = new MockHttpServletRequest("POST", "/report");
		request.setRemoteAddr(address);
		return request;
	}

}
