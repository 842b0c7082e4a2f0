package org.kumkrong.platform.internal;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kumkrong.platform.AddressParametersOnly;
import org.kumkrong.platform.StreamedUploadPath;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Keeps the servlet container and Spring's multipart support away from the bodies of
 * {@link StreamedUploadPath streamed upload paths}: before the security filters, such a request is marked and
 * given the parameters of its address only (so reading the CSRF token does not make the container parse the
 * body), and the multipart resolver leaves marked requests alone.
 */
@Configuration(proxyBeanMethods = false)
class StreamedUploadConfiguration {

	static final String MARK = StreamedUploadConfiguration.class.getName() + ".streamed";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> streamedUploadFilter(List<StreamedUploadPath> paths) {
		Set<String> exact = paths.stream().map(StreamedUploadPath::path).collect(Collectors.toUnmodifiableSet());
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				return !"POST".equals(request.getMethod()) || !exact.contains(path);
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				request.setAttribute(MARK, Boolean.TRUE);
				chain.doFilter(new AddressParametersOnly(request), response);
			}
		});
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
		return registration;
	}

	/** Spring's multipart resolver, except for marked requests, whose controller streams the parts itself. */
	@Bean
	StandardServletMultipartResolver multipartResolver() {
		return new StandardServletMultipartResolver() {
			@Override
			public boolean isMultipart(HttpServletRequest request) {
				return request.getAttribute(MARK) == null && super.isMultipart(request);
			}
		};
	}

}
