package org.kumkrong.referral;

/**
 * Where a referral stands. {@code REQUESTED} waits for the receiving agency; {@code ACCEPTED} is being
 * worked by it; {@code DECLINED}, {@code COMPLETED} and {@code WITHDRAWN} are final.
 */
public enum ReferralState {

	REQUESTED, ACCEPTED, DECLINED, COMPLETED, WITHDRAWN;

	public boolean open() {
		return this == REQUESTED || this == ACCEPTED;
	}

}
