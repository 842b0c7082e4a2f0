package org.kumkrong.audit.internal;

import org.kumkrong.platform.NavigationItem;
import org.kumkrong.platform.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit page's place in the staff menu. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	NavigationItem auditNavigation() {
		return new NavigationItem("audit.nav", "/audit", Permission.AUDIT_READ.authority(), 90);
	}

}
