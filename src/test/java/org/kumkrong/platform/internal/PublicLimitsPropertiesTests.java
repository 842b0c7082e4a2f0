package org.kumkrong.platform.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kumkrong.platform.PublicRateLimits.Limit;
import org.kumkrong.platform.internal.PublicLimitsProperties.Rate;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code kumkrong.public-limits} as Spring binds it: application.yml states the same defaults as the record. */
class PublicLimitsPropertiesTests {

	@Test
	void applicationYmlStatesTheDefaults() throws IOException {
		var environment = new StandardEnvironment();
		new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
			.forEach(source -> environment.getPropertySources().addLast(source));

		PublicLimitsProperties bound = bind(environment);

		assertThat(bound).isEqualTo(PublicLimitsProperties.defaults());
		assertThat(bound.rates(Limit.REPORT_SUBMISSION).perKey()).isEqualTo(new Rate(10, Duration.ofHours(1)));
		assertThat(bound.rates(Limit.FOLLOW_UP_ATTEMPT).perKey()).isEqualTo(new Rate(5, Duration.ofMinutes(15)));
		assertThat(bound.rates(Limit.PAGE_POST).overall()).isNull();
		assertThat(bound.powSecret()).as("empty means random").isNull();
	}

	@Test
	void aValueLeftOutTakesItsDefaultAndTheSecretIsNeverPrinted() {
		var environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
				"kumkrong.public-limits.report-submission.per-key", "3/30m",
				"kumkrong.public-limits.pow-secret", "a-shared-secret-of-at-least-32-characters")));

		PublicLimitsProperties bound = bind(environment);

		assertThat(bound.rates(Limit.REPORT_SUBMISSION).perKey()).isEqualTo(new Rate(3, Duration.ofMinutes(30)));
		assertThat(bound.rates(Limit.REPORT_SUBMISSION).overall()).isEqualTo(new Rate(600, Duration.ofMinutes(1)));
		assertThat(bound.toString()).doesNotContain("a-shared-secret").contains("powSecret=[set]");
	}

	@Test
	void refusesNonsense() {
		for (var bad : Map.of("kumkrong.public-limits.page-post.per-key", "lots",
				"kumkrong.public-limits.pow-difficulty", "40",
				"kumkrong.public-limits.pow-secret", "too-short").entrySet()) {
			var environment = new StandardEnvironment();
			environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(bad.getKey(), bad.getValue())));
			assertThatThrownBy(() -> bind(environment)).as(bad.getKey()).isInstanceOf(BindException.class);
		}
	}

	static PublicLimitsProperties bind(StandardEnvironment environment) {
		return new Binder(ConfigurationPropertySources.get(environment),
				new PropertySourcesPlaceholdersResolver(environment))
			.bindOrCreate("kumkrong.public-limits", PublicLimitsProperties.class);
	}

}
