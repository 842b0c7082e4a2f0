package org.kumkrong.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one configuration of every browser journey: the whole application on a random port (H2 in the
 * test configuration) and a headless Chromium per test, injected as a {@link Browser} parameter. Never
 * add properties or mocks next to it, so that Spring starts this context once for all browser tests.
 * <p>
 * Tagged {@code browser}: {@code .ci/run} runs these in the H2 pass only ({@code -Dkumkrong.browser.skip=true}
 * excludes the tag).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
