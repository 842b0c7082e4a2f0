package org.kumkrong.reference.internal;

import org.kumkrong.platform.NavigationItem;
import org.kumkrong.platform.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reference module's entry in the staff menu. */
@Configuration(proxyBeanMethods = false)
class ReferenceConfiguration {

	@Bean
	NavigationItem referenceNavigation() {
		return new NavigationItem("reference.nav", "/admin/reference", Permission.REFERENCE_MANAGE.authority(), 70);
	}

}
