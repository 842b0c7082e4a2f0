package org.kumkrong.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work done on behalf of a staff member (or, without one, of an agency) outside a request — demo data that
 * acts as the demo accounts would — with exactly the given permissions; the thread's previous security
 * context comes back afterwards.
 */
public final class ActingAs {

	private ActingAs() {
	}

	/** Who acts: a user (may be {@code null} when nobody of the agency fits) of an agency. */
	public record Someone(UUID userId, String username, UUID agencyId) implements Actor {
	}

	public static <T> T call(Someone actor, Collection<Permission> permissions, Supplier<T> work) {
		List<SimpleGrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(Authorities.SIGNED_IN));
		permissions.forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission.authority())));
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities));
		var previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
