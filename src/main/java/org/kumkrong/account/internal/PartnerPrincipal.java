package org.kumkrong.account.internal;

import java.io.Serializable;
import java.util.UUID;

import org.kumkrong.platform.Actor;

import org.springframework.security.core.AuthenticatedPrincipal;

/** A partner system authenticated by one of its agency's API keys; the key's id stands as the actor. */
record PartnerPrincipal(UUID keyId, String keyPrefix, UUID agencyId) implements Actor, AuthenticatedPrincipal, Serializable {

	@Override
	public UUID userId() {
		return keyId;
	}

	@Override
	public String username() {
		return "partner-key:" + keyPrefix;
	}

	@Override
	public String getName() {
		return username();
	}

}
