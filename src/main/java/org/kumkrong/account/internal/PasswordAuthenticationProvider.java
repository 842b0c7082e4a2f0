package org.kumkrong.account.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The password step of the sign-in form; every failure is the same {@link BadCredentialsException}. */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

	private final SignIn signIn;

	PasswordAuthenticationProvider(SignIn signIn) {
		this.signIn = signIn;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		Object credentials = authentication.getCredentials();
		return signIn.password(username, credentials == null ? null : credentials.toString())
			.orElseThrow(() -> new BadCredentialsException("Sign-in refused"));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
