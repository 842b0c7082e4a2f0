package org.kumkrong.platform.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The clock every time rule reads, and one message source gathering each module's
 * {@code messages/<module>.properties} (English) and {@code messages/<module>_th.properties} (Thai).
 */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	MessageSource messageSource() throws IOException {
		var basenames = new TreeSet<String>();
		Resource[] resources = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:messages/*.properties");
		Arrays.stream(resources).map(Resource::getFilename).filter(name -> name != null && !name.contains("_"))
			.forEach(name -> basenames.add("classpath:messages/" + name.substring(0, name.length() - ".properties".length())));
		var source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(basenames.toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(Locale.ENGLISH);
		source.setUseCodeAsDefaultMessage(false);
		return source;
	}

}
