package org.kumkrong.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * axe-core (src/test/resources/axe/axe.min.js, MPL-2.0) against WCAG 2.0/2.1 A and AA and WCAG 2.2 AA.
 * WebDriver's scripts are not subject to the page's Content-Security-Policy, so the strict CSP stays on.
 */
final class Axe {

	private static final String RUN = """
			var done = arguments[arguments.length - 1];
			axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
			  .then(function (results) {
			    done({violations: results.violations.map(function (v) {
			      return {id: v.id, impact: v.impact || '', help: v.help,
			              targets: v.nodes.map(function (n) { return n.target.join(' '); })};
			    }), passes: results.passes.length});
			  })
			  .catch(function (error) { done({error: String(error)}); });
			""";

	private static volatile String source;

	private Axe() {
	}

	@SuppressWarnings("unchecked")
	static void assertNoViolations(JavascriptExecutor driver, String where) {
		driver.executeScript(source());
		Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript(RUN);
		if (result.get("error") != null) {
			fail("axe-core failed on " + where + ": " + result.get("error"));
		}
		assertThat(((Number) result.get("passes")).intValue()).as("axe rules that passed on %s", where).isPositive();
		List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
		String report = violations.stream()
			.map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + "\n    at "
					+ String.join("\n    at ", (List<String>) v.get("targets")))
			.collect(Collectors.joining("\n  ", "\n  ", ""));
		assertThat(violations).as("axe-core WCAG violations on %s:%s", where, report).isEmpty();
	}

	private static String source() {
		if (source == null) {
			try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
				if (in == null) {
					throw new IllegalStateException("src/test/resources/axe/axe.min.js is missing");
				}
				source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return source;
	}

}
