package org.kumkrong.platform;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deny by default, also in the code (SECURITY.md #5): every handler method of every {@code @Controller}
 * and {@code @RestController} in {@code org.kumkrong} states its authorization rule with
 * {@code @PreAuthorize} on the method or its class, so a new endpoint cannot rely on the URL rules alone.
 * Scans the compiled classes; no application context.
 */
class HandlerAuthorizationTests {

	@Test
	void everyHandlerMethodHasAnAuthorizationRule() throws Exception {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		// AnnotationTypeFilter considers meta-annotations, so @RestController is found too.
		scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
		List<String> handlers = new ArrayList<>();
		List<String> unguarded = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.kumkrong")) {
			if (candidate.getResourceDescription() != null && candidate.getResourceDescription().contains("test-classes")) {
				continue; // controllers that exist only in tests
			}
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			boolean classRule = hasRule(AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class));
			for (Method method : ReflectionUtils.getUniqueDeclaredMethods(type, ReflectionUtils.USER_DECLARED_METHODS)) {
				if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
					continue;
				}
				String handler = type.getName() + "#" + method.getName();
				handlers.add(handler);
				if (!classRule && !hasRule(AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class))) {
					unguarded.add(handler);
				}
			}
		}
		assertThat(handlers).as("handler methods found (the scan itself works)")
			.contains("org.kumkrong.platform.web.HomeController#publicHome");
		assertThat(unguarded).as("handler methods without @PreAuthorize on the method or class").isEmpty();
	}

	private static boolean hasRule(PreAuthorize rule) {
		return rule != null && StringUtils.hasText(rule.value());
	}

}
