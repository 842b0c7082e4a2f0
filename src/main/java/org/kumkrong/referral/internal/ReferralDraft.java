package org.kumkrong.referral.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.kumkrong.referral.ReferralPurpose;

/**
 * What staff submit to refer a case, already parsed from the form; {@link ReferralDesk} checks every rule.
 *
 * @param basis how the referral is allowed: on recorded consent, or by override; {@code null} when neither was chosen
 */
public record ReferralDraft(UUID caseId, ReferralPurpose purpose, UUID toAgencyId, Set<UUID> childIds, String message,
		ConsentBasis basis, ConsentGiver consentGivenBy, LocalDate consentGivenOn, Boolean childViewsHeard,
		String childViewsSummary, String overrideReason) {

	/** On what basis a child's case goes to another agency. */
	public enum ConsentBasis {
		/** The child, a parent, guardian or other legal representative agreed. */
		CONSENT,
		/** Referred without consent by a role allowed to, with a reason (for example a child in danger). */
		OVERRIDE
	}

	public ReferralDraft {
		childIds = childIds == null ? Set.of() : Set.copyOf(childIds);
	}

}
