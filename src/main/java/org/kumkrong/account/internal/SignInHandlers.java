package org.kumkrong.account.internal;


import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/** Where the sign-in form leads: to the code (or to enrolment the first time), or back with one message. */
@Configuration(proxyBeanMethods = false)
class SignInHandlers {

	@Bean
	AuthenticationSuccessHandler passwordAccepted(SignIn signIn) {
		return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
			StaffPrincipal principal = (StaffPrincipal) authentication.getPrincipal();
			String next = signIn.enrolled(principal.userId()) ? "/login/code" : "/login/enrol";
			response.sendRedirect(request.getContextPath() + next);
		};
	}

	@Bean
	AuthenticationFailureHandler passwordRefused() {
		return (request, response, exception) -> response.sendRedirect(request.getContextPath() + "/login?error");
	}

	@Bean
	LogoutHandler auditSignOut(AuditTrail audit) {
		return (request, response, authentication) -> {
			if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
				audit.record(principal.userId(), principal.agencyId(), "account.signOut", SignIn.RECORD_TYPE,
						principal.userId(), AuditOutcome.SUCCESS);
			}
		};
	}

}
