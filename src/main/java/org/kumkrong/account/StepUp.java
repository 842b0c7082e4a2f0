package org.kumkrong.account;

import java.time.Duration;

/**
 * Re-entering the second factor before a sensitive action (revealing a child's identity, a bulk export,
 * a role change). A confirmed step-up is remembered in the signed-in session for a short grace period, so
 * that revealing two children one after the other does not need two codes (a TOTP code is never accepted
 * twice); each sensitive action is still audited by its own module.
 */
public interface StepUp {

	/** How long a confirmed step-up lasts in the session. */
	Duration GRACE = Duration.ofMinutes(5);

	/**
	 * Checks the current staff member's code, audited as {@code account.stepUp.<purpose>} with its outcome;
	 * a valid code also starts the grace period in the session.
	 *
	 * @param purpose a short stable code, for example {@code childIdentity}
	 */
	boolean confirm(String code, String purpose);

	/** Whether the current session confirmed a step-up less than {@link #GRACE} ago. */
	boolean recentlyConfirmed();

}
