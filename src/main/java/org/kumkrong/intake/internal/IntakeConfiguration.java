package org.kumkrong.intake.internal;

import org.kumkrong.platform.NavigationItem;
import org.kumkrong.platform.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The intake module's place in the staff menu. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

	@Bean
	NavigationItem triageNavigation() {
		return new NavigationItem("intake.nav.triage", "/triage", Permission.TRIAGE.authority(), 10);
	}

	@Bean
	NavigationItem intakeDeskTriageNavigation() {
		return new NavigationItem("intake.nav.triage", "/triage", Permission.TRIAGE_AT_INTAKE_DESK.authority(), 11);
	}

}
