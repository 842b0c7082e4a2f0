package org.kumkrong.platform;

/**
 * A public budget is used up ({@link PublicAbuseGuard.Decision#SLOW_DOWN}): the sender sees the 429 page,
 * which asks them to wait a few minutes and names the helplines; on {@code /api/**} it is problem JSON
 * with code {@code KKE-4290}. Carries no key, address or other detail, and is not logged.
 */
public class SlowDownException extends RuntimeException {

	public SlowDownException() {
		super("A public rate limit is used up", null, false, false);
	}

}
