package org.kumkrong.account.internal;

import java.io.Serializable;
import java.util.UUID;

import org.kumkrong.platform.Actor;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who is signed in, as kept in the (database-stored) session: ids and the username only. The username is
 * the session index Spring Session uses to end every session of an account.
 */
record StaffPrincipal(UUID userId, String username, UUID agencyId) implements Actor, AuthenticatedPrincipal, Serializable {

	@Override
	public String getName() {
		return username;
	}

	@Override
	public String toString() {
		return "StaffPrincipal[" + userId + "]";
	}

}
