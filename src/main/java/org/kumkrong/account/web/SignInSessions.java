package org.kumkrong.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Puts an authentication into the (database-stored) session under a new session id, every time the
 * sign-in state changes: after an activation link, and after the second factor (SECURITY.md row 4).
 */
final class SignInSessions {

	private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

	private SignInSessions() {
	}

	static void establish(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		request.getSession();
		request.changeSessionId();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		CONTEXTS.saveContext(context, request, response);
	}

}
