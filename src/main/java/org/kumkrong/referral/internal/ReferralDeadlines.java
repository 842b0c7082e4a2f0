package org.kumkrong.referral.internal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.kumkrong.referral.ReferralPurpose;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the receiving agency has to answer a referral, per purpose ({@code kumkrong.referral.deadlines.SHELTER=12h}).
 * A child who needs a bed or a doctor cannot wait a week; a trial date can. Purposes not configured keep
 * their default.
 */
@ConfigurationProperties("kumkrong.referral")
public record ReferralDeadlines(Map<ReferralPurpose, Duration> deadlines) {

	static final Map<ReferralPurpose, Duration> DEFAULTS = Map.of(
			ReferralPurpose.SHELTER, Duration.ofDays(1),
			ReferralPurpose.MEDICAL, Duration.ofDays(1),
			ReferralPurpose.INVESTIGATION, Duration.ofDays(2),
			ReferralPurpose.VICTIM_SUPPORT, Duration.ofDays(2),
			ReferralPurpose.COUNSELLING, Duration.ofDays(3),
			ReferralPurpose.PROSECUTION, Duration.ofDays(5),
			ReferralPurpose.LEGAL_AID, Duration.ofDays(5),
			ReferralPurpose.SCHOOL_SUPPORT, Duration.ofDays(5),
			ReferralPurpose.TRIAL, Duration.ofDays(10));

	public ReferralDeadlines {
		Map<ReferralPurpose, Duration> merged = new EnumMap<>(DEFAULTS);
		if (deadlines != null) {
			deadlines.forEach((purpose, duration) -> {
				if (duration != null && !duration.isNegative() && !duration.isZero()) {
					merged.put(purpose, duration);
				}
			});
		}
		deadlines = Map.copyOf(merged);
	}

	public Duration of(ReferralPurpose purpose) {
		return deadlines.get(purpose);
	}

}
