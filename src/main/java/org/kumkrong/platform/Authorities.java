package org.kumkrong.platform;

/**
 * Authority names the security configuration relies on. Permissions themselves belong to the account
 * module; these two only say how far through sign-in a session has come.
 */
public final class Authorities {

	/** Granted once password and second factor have both been checked. */
	public static final String SIGNED_IN = "KK_SIGNED_IN";

	/** Granted after the password only: the session may reach the second-factor pages and nothing else. */
	public static final String SECOND_FACTOR_PENDING = "KK_SECOND_FACTOR_PENDING";

	/** Granted to a partner system authenticated by its API key. */
	public static final String PARTNER = "KK_PARTNER";

	private Authorities() {
	}

}
