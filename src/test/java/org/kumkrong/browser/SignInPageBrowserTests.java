package org.kumkrong.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff sign-in page. Written against the agreed facts of {@code /login} (built in parallel on another
 * branch): one form with {@code username} (autocomplete=username) and {@code password}
 * (autocomplete=current-password) and a submit button. Fails on a branch where {@code /login} does not
 * exist yet; passes once that branch is merged.
 */
@BrowserTest
class SignInPageBrowserTests {

	@ParameterizedTest
	@ValueSource(strings = { "th", "en" })
	void signInPageIsAccessibleAndFitsAPhone(String language, Browser browser) {
		browser.open("/login?lang=" + language).screenshot("login-" + language + "-360");
		assertThat(browser.path()).startsWith("/login");
		WebElement username = browser.find("form input[name=username]");
		WebElement password = browser.find("form input[name=password]");
		assertThat(username.getAttribute("autocomplete")).isEqualTo("username");
		assertThat(password.getAttribute("type")).isEqualTo("password");
		assertThat(password.getAttribute("autocomplete")).isEqualTo("current-password");
		WebElement submit = browser.find("form:has(input[name=username]) :is(button[type=submit], input[type=submit])");
		assertThat(submit.isDisplayed()).isTrue();
		assertThat(browser.find("form:has(input[name=username])").getAttribute("method")).isEqualToIgnoringCase("post");
		browser.assertAccessible().assertNoHorizontalScroll();
	}

	@Test
	void signInPageWorksWithoutJavaScript(@WithoutJavaScript Browser browser) {
		browser.open("/login?lang=th");
		assertThat(browser.find("form input[name=username]").isDisplayed()).isTrue();
		assertThat(browser.find("form input[name=password]").isDisplayed()).isTrue();
		// Spring Security's CSRF token travels in the form itself, so sending it needs no script.
		assertThat(browser.driver().findElements(By.cssSelector("form input[name=_csrf]"))).isNotEmpty();
	}

}
