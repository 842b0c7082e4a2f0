package org.kumkrong.coordination.internal;

import org.kumkrong.platform.NavigationItem;
import org.kumkrong.platform.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The working group's entry in the staff menu. */
@Configuration(proxyBeanMethods = false)
class CoordinationConfiguration {

	@Bean
	NavigationItem coordinationNavigation() {
		return new NavigationItem("coordination.nav", "/coordination", Permission.COORDINATION_VIEW.authority(), 58);
	}

}
