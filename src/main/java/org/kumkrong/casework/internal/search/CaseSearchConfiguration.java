package org.kumkrong.casework.internal.search;

import org.kumkrong.platform.NavigationItem;
import org.kumkrong.platform.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CaseSearchConfiguration {

	@Bean
	NavigationItem caseSearchNavigation() {
		return new NavigationItem("casework.search.nav", "/cases", Permission.CASE_VIEW.authority(), 20);
	}

}
