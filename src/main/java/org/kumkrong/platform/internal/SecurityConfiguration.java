package org.kumkrong.platform.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kumkrong.platform.Authorities;
import org.kumkrong.platform.KumkrongProperties;
import org.kumkrong.platform.PartnerKeyAuthenticator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Deny by default. Public pages are listed; everything else needs a session that has passed both the
 * password and the second factor; {@code /api/**} takes either a partner key (partner endpoints) or a
 * signed-in session (staff endpoints), and each kind of endpoint refuses the other.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	static final String[] PUBLIC_PAGES = { "/", "/css/**", "/fonts/**", "/js/**", "/images/**", "/webjars/**",
			"/favicon.ico", "/maps/**", "/login", "/activate/**", "/error", "/report/**", "/help/**", "/learn/**", "/statistics", "/statistics/indicators", "/statistics/indicators/**",
			"/certificates/**", "/actuator/health", "/actuator/health/**" };

	/** The API's OpenAPI document and its browsable page: public, as partners read them before they have a key. */
	static final String[] API_DOCS = { "/api-docs", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**",
			"/v3/api-docs.yaml" };

	/**
	 * The partner API. {@code /api/v1/reports:batch} is a path segment of its own, outside
	 * {@code /api/v1/reports/**}, so it is named too.
	 */
	private static final RequestMatcher PARTNER_ENDPOINTS = new OrRequestMatcher(
			PathPatternRequestMatcher.pathPattern("/api/v1/reports/**"),
			PathPatternRequestMatcher.pathPattern("/api/v1/reports:batch"));

	/** The public pages, to which someone not signed in may be sent back. */
	private static final RequestMatcher PUBLIC = new org.springframework.security.web.util.matcher.OrRequestMatcher(
			java.util.Arrays.stream(PUBLIC_PAGES)
				.map(pattern -> (RequestMatcher) org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher
					.withDefaults().matcher(pattern))
				.toList());

	private static final RequestMatcher BEARER = request -> {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	};

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ObjectProvider<PartnerKeyAuthenticator> partnerKeys,
			SessionLifetimeFilter sessionLifetime) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth
				// Partner endpoints: only a partner key; a staff session is refused.
				.requestMatchers(PARTNER_ENDPOINTS).hasAuthority(Authorities.PARTNER)
				.requestMatchers("/api/v1/docs/**", "/api/v1/openapi/**").permitAll()
				// Staff endpoints: only a fully signed-in session; a partner key is refused.
				.anyRequest().hasAuthority(Authorities.SIGNED_IN))
			// Partner endpoints accept only a key, never a session, so there is no cookie for a forged request
			// to ride on: without a CSRF check there, a client that forgot its key hears 401, not 403.
			.csrf(csrf -> csrf.ignoringRequestMatchers(BEARER, PARTNER_ENDPOINTS))
			.addFilterAfter(new BearerKeyFilter(partnerKeys), SecurityContextHolderFilter.class)
			.addFilterAfter(sessionLifetime, BearerKeyFilter.class)
			.exceptionHandling(ex -> ex
				.authenticationEntryPoint(
						(request, response, failure) -> unauthorized(response, "An API key (Bearer) or a signed-in session is required"))
				// Written here rather than through the container's error page, so every client (and MockMvc)
				// gets the same problem JSON.
				.accessDeniedHandler((request, response, denied) -> problem(response, HttpStatus.FORBIDDEN, "KKE-4030",
						"This credential may not use this endpoint")))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER));
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, ObjectProvider<AuthenticationSuccessHandler> successHandler,
			ObjectProvider<AuthenticationFailureHandler> failureHandler, ObjectProvider<LogoutHandler> logoutHandlers,
			SessionLifetimeFilter sessionLifetime) throws Exception {
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers(PUBLIC_PAGES).permitAll()
			.requestMatchers(API_DOCS).permitAll()
			.requestMatchers("/login/code", "/login/enrol", "/login/enrol/qr.png").hasAuthority(Authorities.SECOND_FACTOR_PENDING)
			.anyRequest().hasAuthority(Authorities.SIGNED_IN))
			.formLogin(form -> {
				form.loginPage("/login").loginProcessingUrl("/login").permitAll();
				successHandler.ifAvailable(form::successHandler);
				failureHandler.ifAvailable(form::failureHandler);
			})
			.logout(logout -> {
				logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").invalidateHttpSession(true)
					.deleteCookies("KKSESSION");
				logoutHandlers.orderedStream().forEach(logout::addLogoutHandler);
			})
			.addFilterAfter(sessionLifetime, SecurityContextHolderFilter.class)
			.exceptionHandling(ex -> ex.accessDeniedHandler(SecurityConfiguration::accessDenied))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		headers(http);
		return http.build();
	}

	/**
	 * Half-way through sign-in, a staff page sends the user on to the code. A public page's form sent by
	 * someone not signed in whose session has ended (so its CSRF token is gone: a child who left the report
	 * form open) is not processed, but answered with the same page again (303 to its GET), where the page
	 * can say kindly that it starts over, rather than with "forbidden". Otherwise the 403 page.
	 */
	private static void accessDenied(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.access.AccessDeniedException denied) throws IOException, ServletException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean partial = authentication != null && authentication.getAuthorities().stream()
			.anyMatch(a -> Authorities.SECOND_FACTOR_PENDING.equals(a.getAuthority()));
		if (partial && "GET".equals(request.getMethod())) {
			response.sendRedirect(request.getContextPath() + "/login/code");
			return;
		}
		boolean signedIn = authentication != null && authentication.getAuthorities().stream()
			.anyMatch(a -> Authorities.SIGNED_IN.equals(a.getAuthority()));
		if (denied instanceof org.springframework.security.web.csrf.CsrfException && !signedIn && !partial
				&& "POST".equals(request.getMethod()) && PUBLIC.matches(request)) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", request.getRequestURI());
			return;
		}
		new org.springframework.security.web.access.AccessDeniedHandlerImpl().handle(request, response, denied);
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
			.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
				.includeSubDomains(true)
				.maxAgeInSeconds(31_536_000))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), interest-cohort=()")));
	}

	@Bean
	SessionLifetimeFilter sessionLifetimeFilter(KumkrongProperties properties, java.time.Clock clock) {
		return new SessionLifetimeFilter(properties.security(), clock);
	}

	/**
	 * The session cookie, stated once for every way the application runs (SECURITY.md row 4): HttpOnly,
	 * SameSite=Strict, and Secure unless {@code KUMKRONG_SECURE_COOKIES=false} (plain HTTP off localhost).
	 */
	@Bean
	org.springframework.session.web.http.CookieSerializer sessionCookie(
			@org.springframework.beans.factory.annotation.Value("${server.servlet.session.cookie.secure:true}") boolean secure) {
		var serializer = new org.springframework.session.web.http.DefaultCookieSerializer();
		serializer.setCookieName("KKSESSION");
		serializer.setCookiePath("/");
		serializer.setUseHttpOnlyCookie(true);
		serializer.setUseSecureCookie(secure);
		serializer.setSameSite("Strict");
		return serializer;
	}

	/**
	 * On PostgreSQL, session attributes are written with an upsert, so two concurrent first requests of
	 * one browser cannot collide on the same attribute row.
	 */
	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:postgresql:')")
	org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionUpserts() {
		return new org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/** The lifetime filter runs inside the security chains only, not a second time as a servlet filter. */
	@Bean
	org.springframework.boot.web.servlet.FilterRegistrationBean<SessionLifetimeFilter> sessionLifetimeFilterRegistration(
			SessionLifetimeFilter filter) {
		var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * 401 as problem JSON with a stable code, and the challenge RFC 6750 asks for, so a client without a key
	 * learns which scheme to use. The detail is a fixed text: nothing of the request is echoed.
	 */
	static void unauthorized(HttpServletResponse response, String detail) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		problem(response, HttpStatus.UNAUTHORIZED, "KKE-4010", detail);
	}

	/** A problem answer of the security chain; {@code detail} is always one of our fixed texts. */
	static void problem(HttpServletResponse response, HttpStatus status, String code, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("{\"type\":\"https://kumkrong.org/problems/" + code + "\",\"title\":\""
				+ status.getReasonPhrase() + "\",\"status\":" + status.value() + ",\"code\":\"" + code
				+ "\",\"detail\":\"" + detail + "\"}");
	}

	/** Authenticates a partner by its API key; never creates a session. */
	static final class BearerKeyFilter extends OncePerRequestFilter {

		private final ObjectProvider<PartnerKeyAuthenticator> partnerKeys;

		BearerKeyFilter(ObjectProvider<PartnerKeyAuthenticator> partnerKeys) {
			this.partnerKeys = partnerKeys;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (BEARER.matches(request)) {
				String key = request.getHeader("Authorization").substring(7).trim();
				PartnerKeyAuthenticator authenticator = partnerKeys.getIfAvailable();
				var authentication = authenticator == null ? java.util.Optional.<org.springframework.security.core.Authentication>empty()
						: authenticator.authenticate(key);
				if (authentication.isEmpty()) {
					SecurityContextHolder.clearContext();
					unauthorized(response, "The API key is unknown or revoked");
					return;
				}
				var context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(authentication.get());
				SecurityContextHolder.setContext(context);
			}
			chain.doFilter(request, response);
		}

	}

}
