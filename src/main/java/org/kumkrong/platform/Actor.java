package org.kumkrong.platform;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in person (or partner system) on whose behalf something happens: the "who" and "which
 * agency" of every audit entry and access decision. Implemented by the account module's principal so
 * that shared modules can know the actor without depending on accounts.
 */
public interface Actor {

	UUID userId();

	String username();

	UUID agencyId();

	/** The actor of the current request, if a fully or partly signed-in principal is present. */
	static Optional<Actor> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
			return Optional.of(actor);
		}
		return Optional.empty();
	}

}
