package org.kumkrong.account;

import java.util.Set;
import java.util.UUID;

/**
 * An active staff member as other modules count and address them: who (id, username, display name), where
 * (agency) and in which roles. Holds no secret and no contact detail.
 */
public record StaffMember(UUID userId, String username, String displayName, UUID agencyId, Set<Role> roles) {

	@Override
	public String toString() {
		return "StaffMember[" + userId + "]";
	}

}
