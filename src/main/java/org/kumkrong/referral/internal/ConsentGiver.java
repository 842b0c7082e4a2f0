package org.kumkrong.referral.internal;

/** Who gave consent to a referral: the child, or someone entitled to decide for them. */
public enum ConsentGiver {
	CHILD, PARENT, GUARDIAN, LEGAL_REPRESENTATIVE
}
