package org.kumkrong.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * A case was referred to another agency; reasonCode is CONSENT or CONSENT_OVERRIDE. Ids and codes only: {@code referredBy} is the user who made the referral (so the answer can reach
 * them), the agency types are {@code AGENCY_TYPE} codes.
 */
public record ReferralRequested(UUID referralId, UUID caseId, String caseReference, ReferralPurpose purpose,
		UUID fromAgencyId, String fromAgencyType, UUID toAgencyId, String toAgencyType, UUID referredBy, Instant at,
		String reasonCode) {
}
