package org.kumkrong.training.internal;

import org.kumkrong.platform.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TrainingConfiguration {

	// Every staff account may take courses, so every signed-in user sees Training.
	@Bean
	NavigationItem trainingNavigation() {
		return new NavigationItem("training.nav", "/training", null, 40);
	}

}
