package org.kumkrong.matching.web;

import org.kumkrong.platform.NavigationItem;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.StreamedUploadPath;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

	@Bean
	NavigationItem hashListNavigation() {
		return new NavigationItem("matching.nav", "/admin/hash-lists", Permission.HASH_LIST_MANAGE.authority(), 60);
	}

	/** Hash list files stream from the request into the import. */
	@Bean
	StreamedUploadPath hashListUploads() {
		return new StreamedUploadPath("/admin/hash-lists");
	}

}
