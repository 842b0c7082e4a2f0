package org.kumkrong.platform.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.kumkrong.platform.KumkrongProperties;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a staff session after 30 minutes without a request or 12 hours after it began (SECURITY.md
 * row 4), reading the injected clock so the rule is testable. The container's own idle timeout stays as
 * a backstop.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	static final String STARTED = "kk.session.started";

	static final String LAST_SEEN = "kk.session.lastSeen";

	static final java.time.Duration ACTIVITY_RESOLUTION = java.time.Duration.ofMinutes(1);

	private final KumkrongProperties.Security rules;

	private final Clock clock;

	SessionLifetimeFilter(KumkrongProperties.Security rules, Clock clock) {
		this.rules = rules;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = isStaticResource(request) ? null : request.getSession(false);
		if (session != null) {
			Instant now = clock.instant();
			Instant started = (Instant) session.getAttribute(STARTED);
			Instant lastSeen = (Instant) session.getAttribute(LAST_SEEN);
			if (started == null) {
				session.setAttribute(STARTED, now);
			}
			else if (now.isAfter(started.plus(rules.sessionAbsoluteTimeout()))
					|| (lastSeen != null && now.isAfter(lastSeen.plus(rules.sessionIdleTimeout())))) {
				session.invalidate();
				SecurityContextHolder.clearContext();
				chain.doFilter(request, response);
				return;
			}
			// The session lives in the database: record activity at most once a minute, not on every request.
			if (lastSeen == null || !now.isBefore(lastSeen.plus(ACTIVITY_RESOLUTION))) {
				session.setAttribute(LAST_SEEN, now);
			}
		}
		chain.doFilter(request, response);
	}

	/** Style sheets, fonts and images neither start nor extend a session. */
	private static boolean isStaticResource(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/fonts/") || path.startsWith("/js/")
				|| path.startsWith("/images/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
	}

}
