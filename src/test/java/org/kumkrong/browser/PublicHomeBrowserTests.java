package org.kumkrong.browser;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/** The public front door on a 360 px phone, in Thai and English: a child's first page. */
@BrowserTest
class PublicHomeBrowserTests {

	static final Pattern THAI = Pattern.compile("\\p{IsThai}");

	@ParameterizedTest
	@ValueSource(strings = { "th", "en" })
	void homeIsAccessibleAndFitsAPhone(String language, Browser browser) {
		browser.open("/?lang=" + language).screenshot("home-" + language + "-360");
		assertThat(browser.script("return window.innerWidth;")).as("viewport width").isEqualTo(360L);
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo(language);
		browser.assertAccessible().assertNoHorizontalScroll();
	}

	@ParameterizedTest
	@ValueSource(strings = { "th", "en" })
	void quickExitIsTheFirstStopAfterTheSkipLink(String language, Browser browser) {
		browser.open("/?lang=" + language);
		WebElement quickExit = browser.find("a#quick-exit");
		assertThat(quickExit.isDisplayed()).as("quick exit visible").isTrue();
		assertThat(quickExit.getAttribute("href")).doesNotContain(browser.baseUrl());

		var keyboard = new Actions(browser.driver());
		keyboard.sendKeys(Keys.TAB).perform();
		assertThat(browser.driver().switchTo().activeElement().getAttribute("class")).contains("skip-link");
		keyboard.sendKeys(Keys.TAB).perform();
		assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("quick-exit");
	}

	@Test
	void showsThaiTextToThaiReaders(Browser browser) {
		browser.open("/?lang=th");
		WebElement heading = browser.find("h1");
		assertThat(heading.isDisplayed()).isTrue();
		assertThat(heading.getText()).containsPattern(THAI);
		assertThat(browser.find("a#quick-exit").getText()).containsPattern(THAI);
		// The Sarabun web font has loaded, so Thai does not fall back to whatever the device has.
		assertThat(browser.script("return document.fonts.check('16px Sarabun', 'ก');")).isEqualTo(true);
	}

	@Test
	void homeWorksWithoutJavaScriptAndOnAWideScreen(@WithoutJavaScript Browser phone, @Wide Browser desktop) {
		phone.open("/?lang=th").screenshot("home-th-360-nojs");
		assertThat(phone.find("a#quick-exit").getAttribute("href")).startsWith("https://");
		assertThat(phone.find("a[href='/report']").isDisplayed()).isTrue();
		desktop.open("/?lang=en").screenshot("home-en-1280");
		assertThat(desktop.script("return window.innerWidth;")).as("viewport width").isEqualTo(1280L);
		desktop.assertAccessible().assertNoHorizontalScroll();
	}

}
