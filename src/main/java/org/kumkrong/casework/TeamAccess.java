package org.kumkrong.casework;

/**
 * Why an agency is on a case's team. Every member sees the case; what each person sees within it is set
 * by their role (a child's identity only to roles holding {@code CHILD_IDENTITY_VIEW}).
 */
public enum TeamAccess {
	/** The agency that owns and manages the case. */
	OWNER,
	/** Added to the team by the owner. */
	MEMBER,
	/** Joined by accepting a referral. */
	REFERRED
}
