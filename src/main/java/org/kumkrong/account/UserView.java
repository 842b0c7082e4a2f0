package org.kumkrong.account;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A staff account as administrators see it. Holds no secret: no password hash, no second-factor key.
 *
 * @param activationPending whether a one-time sign-in link is outstanding
 */
public record UserView(UUID id, String username, String displayName, String email, UUID agencyId, Set<Role> roles,
		boolean active, boolean secondFactorEnrolled, boolean passwordSet, boolean activationPending,
		Instant createdAt, Instant updatedAt) {

	@Override
	public String toString() {
		return "UserView[" + id + "]";
	}

}
