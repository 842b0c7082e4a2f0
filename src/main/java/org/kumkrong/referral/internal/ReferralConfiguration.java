package org.kumkrong.referral.internal;

import org.kumkrong.platform.NavigationItem;
import org.kumkrong.platform.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReferralConfiguration {

	@Bean
	NavigationItem referralNavigation() {
		return new NavigationItem("referral.nav", "/referrals", Permission.REFERRAL_MANAGE.authority(), 30);
	}

}
