package org.kumkrong.evidence.web;

import org.kumkrong.platform.NavigationItem;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.StreamedUploadPath;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

	@Bean
	NavigationItem evidenceNavigation() {
		return new NavigationItem("evidence.nav", "/evidence", Permission.EVIDENCE_VIEW.authority(), 25);
	}

	/** Evidence uploads stream from the request into the encrypted store. */
	@Bean
	StreamedUploadPath evidenceUploads() {
		return new StreamedUploadPath("/evidence");
	}

}
