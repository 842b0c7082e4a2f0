package org.kumkrong.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Signed-in actors for MockMvc tests that do not go through the sign-in pages: a fully signed-in staff
 * member of a given agency holding exactly the given permissions.
 */
public final class TestActors {

	private TestActors() {
	}

	public record TestActor(UUID userId, String username, UUID agencyId) implements Actor, AuthenticatedPrincipal {

		@Override
		public String getName() {
			return username;
		}

	}

	public static RequestPostProcessor staff(UUID userId, UUID agencyId, Permission... permissions) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(Authorities.SIGNED_IN));
		Arrays.stream(permissions).map(p -> new SimpleGrantedAuthority(p.authority())).forEach(authorities::add);
		var principal = new TestActor(userId, "test-" + userId.toString().substring(0, 8), agencyId);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
	}

	public static RequestPostProcessor staff(Permission... permissions) {
		return staff(UUID.randomUUID(), UUID.randomUUID(), permissions);
	}

	/**
	 * Puts a signed-in staff member into the security context of the current thread, for tests that call
	 * services directly; closing it clears the context.
	 */
	public static AutoCloseable actAs(UUID userId, UUID agencyId, Permission... permissions) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(Authorities.SIGNED_IN));
		Arrays.stream(permissions).map(p -> new SimpleGrantedAuthority(p.authority())).forEach(authorities::add);
		var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				new TestActor(userId, "test-" + userId.toString().substring(0, 8), agencyId), null, authorities));
		org.springframework.security.core.context.SecurityContextHolder.setContext(context);
		return org.springframework.security.core.context.SecurityContextHolder::clearContext;
	}

}
