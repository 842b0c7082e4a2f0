package org.kumkrong.casework.internal;

import org.kumkrong.platform.NavigationItem;
import org.kumkrong.platform.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CaseworkConfiguration {

	@Bean
	NavigationItem caseNavigation() {
		return new NavigationItem("casework.nav", "/cases", Permission.CASE_VIEW.authority(), 20);
	}

	@Bean
	NavigationItem caseOpenNavigation() {
		return new NavigationItem("casework.nav.open", "/cases/new", Permission.CASE_OPEN.authority(), 21);
	}

	@Bean
	NavigationItem caseExportNavigation() {
		return new NavigationItem("casework.nav.export", "/cases/export", Permission.CASE_EXPORT.authority(), 23);
	}

	@Bean
	NavigationItem caseTransfersNavigation() {
		return new NavigationItem("casework.nav.transfers", "/cases/transfers", Permission.CASE_MANAGE.authority(), 22);
	}
}
