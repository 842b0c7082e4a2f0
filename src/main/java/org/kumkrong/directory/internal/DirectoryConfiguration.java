package org.kumkrong.directory.internal;

import org.kumkrong.platform.NavigationItem;
import org.kumkrong.platform.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The directory's entry in the staff menu. */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

	@Bean
	NavigationItem agenciesNavigation() {
		return new NavigationItem("directory.nav.agencies", "/admin/agencies", Permission.AGENCY_VIEW.authority(), 60);
	}

	@Bean
	NavigationItem servicesNavigation() {
		return new NavigationItem("directory.nav.services", "/directory", Permission.DIRECTORY_VIEW.authority(), 55);
	}

}
