package org.kumkrong.intake.web;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one servlet filter of the public report form. */
@Configuration(proxyBeanMethods = false)
class ReportFormConfiguration {

	/** Runs before the security filters, so that their CSRF check can read the token from the form's address. */
	@Bean
	FilterRegistrationBean<OversizedUploadFilter> oversizedUploadFilter() {
		var registration = new FilterRegistrationBean<>(new OversizedUploadFilter());
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		registration.addUrlPatterns(ReportStep.MORE.path());
		return registration;
	}

}
