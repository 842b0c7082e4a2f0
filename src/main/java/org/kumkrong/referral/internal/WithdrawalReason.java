package org.kumkrong.referral.internal;

/** Why the sending agency withdrew a referral. */
public enum WithdrawalReason {
	NO_LONGER_NEEDED, REFERRED_ELSEWHERE, CONSENT_WITHDRAWN, SENT_IN_ERROR, OTHER
}
