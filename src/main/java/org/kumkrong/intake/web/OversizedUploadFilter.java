package org.kumkrong.intake.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

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

	/** The request with only the parameters of its address: its body could not be read. */
	static final class AddressParametersOnly extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		AddressParametersOnly(HttpServletRequest request) {
			super(request);
			this.parameters = Collections.unmodifiableMap(parse(request.getQueryString()));
		}

		static Map<String, String[]> parse(String query) {
			Map<String, String[]> parsed = new LinkedHashMap<>();
			if (query == null || query.isEmpty()) {
				return parsed;
			}
			for (String pair : query.split("&")) {
				int equals = pair.indexOf('=');
				try {
					String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
					String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
					String[] before = parsed.getOrDefault(name, new String[0]);
					String[] after = Arrays.copyOf(before, before.length + 1);
					after[before.length] = value;
					parsed.put(name, after);
				}
				catch (IllegalArgumentException malformed) {
					// A broken pair is left out, as a browser never sends one.
				}
			}
			return parsed;
		}

		@Override
		public String getParameter(String name) {
			String[] values = parameters.get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return parameters.get(name);
		}

	}

}
