package org.kumkrong.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A headless Chromium pointed at the running application, with the checks every page must pass:
 * {@link #assertAccessible() axe}, {@link #assertNoHorizontalScroll() no sideways scrolling} and
 * {@link #screenshot(String) screenshots} to look at.
 */
public final class Browser {

	private final ChromeDriver driver;

	private final String baseUrl;

	private final String name;

	Browser(ChromeDriver driver, String baseUrl, String name) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.name = name;
	}

	public WebDriver driver() {
		return driver;
	}

	/** {@code http://localhost:<port>}. */
	public String baseUrl() {
		return baseUrl;
	}

	/** Opens a path of the application, e.g. {@code open("/?lang=th")}. */
	public Browser open(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	/** The path (and query) of the current page. */
	public String path() {
		String url = driver.getCurrentUrl();
		return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
	}

	public WebElement find(String cssSelector) {
		return driver.findElement(By.cssSelector(cssSelector));
	}

	public Object script(String script, Object... arguments) {
		return driver.executeScript(script, arguments);
	}

	/** Waits (at most 10 s) until the page's path starts with the given one, e.g. after a form is sent. */
	public Browser waitForPath(String prefix) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> path().startsWith(prefix));
		return this;
	}

	/** Clicks (a submit button) and waits (at most 20 s) until the browser has loaded the next page. */
	public Browser submit(String cssSelector) {
		WebElement button = find(cssSelector);
		button.click();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
			try {
				button.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException gone) {
				// Stale, or (ChromeDriver) "Node … does not belong to the document": the old page is gone.
				return true;
			}
		});
		return this;
	}

	/** Waits (at most 20 s) for an element of the page that is loading, e.g. the notice after a form was sent. */
	public WebElement waitFor(String cssSelector) {
		return new WebDriverWait(driver, Duration.ofSeconds(20))
			.ignoring(org.openqa.selenium.NoSuchElementException.class)
			.until(d -> d.findElement(By.cssSelector(cssSelector)));
	}

	/** Waits (at most 10 s) until the page has left every path starting with the given one. */
	public Browser waitToLeave(String prefix) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !path().startsWith(prefix));
		return this;
	}

	/** Fails listing every axe-core WCAG 2.2 AA violation (ids and targets) of the current page. */
	public Browser assertAccessible() {
		Axe.assertNoViolations(driver, name + " " + path());
		return this;
	}

	/** Nothing may stick out sideways: at 360 px a phone user must never scroll horizontally. */
	public Browser assertNoHorizontalScroll() {
		Number scrollWidth = (Number) script("return document.documentElement.scrollWidth;");
		Number clientWidth = (Number) script("return document.documentElement.clientWidth;");
		if (scrollWidth.intValue() > clientWidth.intValue()) {
			Object wide = script("var w = document.documentElement.clientWidth, out = [];"
					+ "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
					+ " if (r.right > w + 1 && out.length < 8) { out.push(e.tagName + '.' + e.getAttribute('class') + ' right=' + Math.round(r.right)); } });"
					+ "return out.join(' | ');");
			assertThat(scrollWidth.intValue()).as("scrollWidth of %s (clientWidth %s); sticking out: %s", path(), clientWidth, wide)
				.isLessThanOrEqualTo(clientWidth.intValue());
		}
		return this;
	}

	/** Writes {@code target/screenshots/<name>.png}. */
	public Browser screenshot(String screenshotName) {
		Screenshots.take(driver, screenshotName);
		return this;
	}

	/**
	 * Takes a screenshot and collects, instead of failing at once, what is wrong with the page: unresolved
	 * messages (Thymeleaf shows them as {@code ??key_lang??}), axe violations and sideways scrolling — so one
	 * journey reports every page's problems together.
	 */
	public Browser review(String screenshotName, java.util.List<String> problems) {
		screenshot(screenshotName);
		String where = screenshotName + " (" + path() + "): ";
		if (find("body").getText().contains("??")) {
			problems.add(where + "unresolved message in the page text");
		}
		try {
			assertAccessible();
		}
		catch (AssertionError ex) {
			problems.add(where + ex.getMessage());
		}
		try {
			assertNoHorizontalScroll();
		}
		catch (AssertionError ex) {
			problems.add(where + ex.getMessage());
		}
		return this;
	}

}
