package org.kumkrong.referral.internal;

/** What came of an accepted referral when the receiving agency completed it. */
public enum ReferralOutcome {
	SERVICE_PROVIDED, PARTLY_PROVIDED, NOT_TAKEN_UP, REFERRED_ONWARD, OTHER
}
