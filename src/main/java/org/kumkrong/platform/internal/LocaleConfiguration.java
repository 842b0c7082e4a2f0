package org.kumkrong.platform.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Thai and English. A chosen language (the switcher's {@code ?lang=}) is remembered in a cookie;
 * without a choice, the browser's preference decides, and Thai is the default for everyone else.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale THAI = Locale.forLanguageTag("th");

	static final List<Locale> SUPPORTED = List.of(THAI, Locale.ENGLISH);

	static final String COOKIE = "kk_lang";

	@Bean
	LocaleResolver localeResolver() {
		return new RememberedLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	static final class RememberedLocaleResolver implements LocaleResolver {

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			if (request.getAttribute(COOKIE) instanceof Locale justChosen) {
				return justChosen;
			}
			Cookie[] cookies = request.getCookies();
			if (cookies != null) {
				for (Cookie cookie : cookies) {
					if (COOKIE.equals(cookie.getName())) {
						Locale chosen = supported(cookie.getValue());
						if (chosen != null) {
							return chosen;
						}
					}
				}
			}
			String header = request.getHeader("Accept-Language");
			if (header != null && !header.isBlank()) {
				try {
					Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
					if (best != null) {
						return best;
					}
				}
				catch (IllegalArgumentException ex) {
					// A malformed header falls back to the default language.
				}
			}
			return THAI;
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			Locale chosen = locale == null ? null : supported(locale.getLanguage());
			if (chosen == null || response == null) {
				return;
			}
			Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
			cookie.setPath("/");
			cookie.setHttpOnly(true);
			cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
			cookie.setAttribute("SameSite", "Lax");
			response.addCookie(cookie);
			request.setAttribute(COOKIE, chosen);
		}

		private static Locale supported(String tag) {
			if (tag == null) {
				return null;
			}
			for (Locale locale : SUPPORTED) {
				if (locale.getLanguage().equalsIgnoreCase(tag.trim())) {
					return locale;
				}
			}
			return null;
		}

	}

}
