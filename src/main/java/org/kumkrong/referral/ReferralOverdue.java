package org.kumkrong.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral passed its response deadline without an answer. Published once per referral by the daily
 * overdue check; ids and codes only.
 */
public record ReferralOverdue(UUID referralId, UUID caseId, String caseReference, ReferralPurpose purpose,
		UUID fromAgencyId, UUID toAgencyId, UUID referredBy, Instant dueAt, Instant at) {
}
