package org.kumkrong.referral.internal;

/** Why a receiving agency declined a referral. */
public enum DeclineReason {
	OUTSIDE_MANDATE, NO_CAPACITY, OUTSIDE_AREA, INSUFFICIENT_INFORMATION, CONSENT_IN_DOUBT, OTHER
}
