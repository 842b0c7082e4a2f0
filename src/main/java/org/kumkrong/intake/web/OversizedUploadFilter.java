package org.kumkrong.intake.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kumkrong.platform.AddressParametersOnly;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the report form's screenshot page answer an upload larger than a request may be. Tomcat refuses
 * such a body unread, and from then on every {@code getParameter} throws, the CSRF check's included, so
 * the sender would see an error instead of the page. Here, before the security filters, that one request
 * keeps the parameters of its address (where the page puts its CSRF token), so the CSRF check runs as
 * usual and the controller advice shows the page again with the reason ({@link UploadLimitAdvice}).
 * Nothing of the body is used.
 */
class OversizedUploadFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || !ReportStep.MORE.path().equals(path) || type == null
				|| !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IllegalStateException | IOException | ServletException unreadable) {
			chain.doFilter(new AddressParametersOnly(request), response);
			return;
		}
		chain.doFilter(request, response);
	}

}
