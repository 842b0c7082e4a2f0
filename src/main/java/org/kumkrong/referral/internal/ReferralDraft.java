package org.kumkrong.referral.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.kumkrong.referral.ReferralPurpose;

/**
 * What staff submit to refer a case, already parsed from the form; {@link ReferralDesk} checks every rule.
 *
 * @param basis how the referral is allowed: on recorded consent, or by override; {@code null} when neither was chosen
 * @param toServicePointId a service point of the receiving agency (directory), or {@code null}; when given
 * without an agency, its agency is the receiving one
 */
public record ReferralDraft(UUID caseId, ReferralPurpose purpose, UUID toAgencyId, Set<UUID> childIds, String message,
		ConsentBasis basis, ConsentGiver consentGivenBy, LocalDate consentGivenOn, Boolean childViewsHeard,
		String childViewsSummary, String overrideReason, UUID toServicePointId) {

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

	/** A draft that names no service point of the receiving agency. */
	public ReferralDraft(UUID caseId, ReferralPurpose purpose, UUID toAgencyId, Set<UUID> childIds, String message,
			ConsentBasis basis, ConsentGiver consentGivenBy, LocalDate consentGivenOn, Boolean childViewsHeard,
			String childViewsSummary, String overrideReason) {
		this(caseId, purpose, toAgencyId, childIds, message, basis, consentGivenBy, consentGivenOn, childViewsHeard,
				childViewsSummary, overrideReason, null);
	}

}
