package org.kumkrong.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.test.context.junit.jupiter.SpringExtension;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Starts Debian's headless Chromium through its own ChromeDriver (never Selenium Manager: nothing may be
 * downloaded) for each {@link Browser} parameter, pointed at the application's random port, and quits it
 * after the test.
 * <p>
 * Without {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} the tests are skipped with a
 * message on a developer's machine (so {@code ./mvnw verify} passes on a fresh machine with Java 17
 * alone), and fail in CI ({@code CI=true}, where {@code .ci/run} installs Chromium) or with
 * {@code -Dkumkrong.browser.required=true}. {@code -Dkumkrong.browser.skip=true} skips them outright.
 */
public class BrowserExtension implements BeforeAllCallback, ParameterResolver, AfterEachCallback {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		assumeFalse(Boolean.getBoolean("kumkrong.browser.skip"), "browser tests skipped (kumkrong.browser.skip=true)");
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed) {
			boolean required = "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("kumkrong.browser.required");
			assumeFalse(!required, "no " + CHROMIUM + " or " + CHROMEDRIVER
					+ "; browser tests skipped (install Debian's chromium and chromium-driver to run them)");
			throw new IllegalStateException("Browser tests need Debian's Chromium: apt-get install -y chromium "
					+ "chromium-driver");
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		if (port == null) {
			throw new ParameterResolutionException("Browser tests need a running server: use @BrowserTest");
		}
		boolean wide = parameter.isAnnotated(Wide.class);
		boolean javaScript = !parameter.isAnnotated(WithoutJavaScript.class);
		ChromeDriver driver = start(wide, javaScript);
		String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
				+ (parameter.getIndex() > 0 ? "-" + parameter.getIndex() : "");
		Browser browser = new Browser(driver, "http://localhost:" + port, name);
		opened(context).add(browser);
		return browser;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		List<Browser> browsers = opened(context);
		for (Browser browser : browsers) {
			browser.driver().quit();
		}
		browsers.clear();
	}

	@SuppressWarnings("unchecked")
	private static List<Browser> opened(ExtensionContext context) {
		return context.getStore(NAMESPACE).getOrComputeIfAbsent("browsers", key -> new ArrayList<Browser>(), List.class);
	}

	/** The flags of TESTING.md; without the background-networking ones Chromium tries to reach the internet. */
	static ChromeDriver start(boolean wide, boolean javaScript) {
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				wide ? "--window-size=1280,900" : "--window-size=360,740");
		if (!javaScript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
		var driver = new ChromeDriver(service, options);
		// Chromium keeps a window at least 500 px wide and counts its frame in --window-size, so the viewport
		// is set exactly through the DevTools protocol; "mobile" makes the page's viewport meta count, as on a phone.
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", wide ? 1280 : 360,
				"height", wide ? 900 : 740, "deviceScaleFactor", 1, "mobile", !wide));
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
		return driver;
	}

}
