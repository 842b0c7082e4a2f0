package org.kumkrong.account.internal;


import org.kumkrong.platform.NavigationItem;
import org.kumkrong.platform.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

	/**
	 * Argon2id with OWASP's minimum profile (19 MiB, 2 iterations, 1 lane), 16-byte salt, 32-byte hash
	 * (SECURITY.md row 3).
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new Argon2PasswordEncoder(16, 32, 1, 19_456, 2);
	}

	@Bean
	NavigationItem usersNavigation() {
		return new NavigationItem("account.nav.users", "/admin/users", Permission.USER_MANAGE.authority(), 50);
	}

	@Bean
	NavigationItem agencyUsersNavigation() {
		return new NavigationItem("account.nav.agencyUsers", "/admin/users", Permission.USER_MANAGE_OWN_AGENCY.authority(), 51);
	}

	@Bean
	NavigationItem apiKeysNavigation() {
		return new NavigationItem("account.nav.apiKeys", "/admin/api-keys", Permission.API_KEY_MANAGE.authority(), 55);
	}


}
