package org.kumkrong.referral.web;

import java.time.Instant;
import java.util.UUID;

import org.kumkrong.referral.ReferralPurpose;
import org.kumkrong.referral.ReferralState;

/** A referral as a line of a list, in the reader's language. */
public record ReferralRow(UUID id, String caseReference, ReferralPurpose purpose, String fromAgency, String toAgency,
		ReferralState state, Instant requestedAt, Instant dueAt, boolean overdue, boolean openable) {
}
