package org.kumkrong.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link Browser} parameter: the page's own scripts are off (Chrome preference
 * {@code profile.managed_default_content_settings.javascript = 2}), for the "works without JavaScript"
 * journeys. WebDriver's own scripts (axe, scroll checks) still run.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WithoutJavaScript {
}
