package org.kumkrong.browser;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 13-year-old reports grooming in Thai on a 360 px phone: once without JavaScript (the form must work
 * on any phone), once with it (proof of work in the page), every page checked with axe and for sideways
 * scrolling; then the receipt from the last page opens the follow-up. Screenshots of each page go to
 * {@code target/screenshots/report-*}.
 */
@BrowserTest
class ReportJourneyBrowserTests {

	static final Pattern THAI = Pattern.compile("\\p{IsThai}");

	static final Pattern CODE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");

	static final Pattern PASSPHRASE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

	@Test
	void aChildReportsGroomingInThaiWithoutJavaScriptAndFollowsItUp(@WithoutJavaScript Browser phone) throws Exception {
		// axe is JavaScript too: with the page's scripts off it cannot run, so that is the other journey's work.
		Receipt receipt = report(phone, "nojs", false);
		followUp(phone, "nojs", receipt, false);
	}

	@Test
	void theSameJourneyWithJavaScriptIsAccessibleOnEveryPage(Browser phone) throws Exception {
		Receipt receipt = report(phone, "js", true);
		followUp(phone, "js", receipt, true);
	}

	@Test
	void typingCapitalsOrAtSignsDoesNotLeaveButThreeShiftsAloneDo(Browser phone) {
		phone.open("/report/who?lang=en");
		phone.find("label[for='reporter-OTHER_ADULT']").click();
		continueTo(phone, "/report/what");
		phone.find("label[for='whatHappened-NOT_SURE']").click();
		continueTo(phone, "/report/where");
		// Each of these characters is typed with Shift held: more than three Shifts within two seconds.
		phone.find("#usernames").sendKeys("@Big_Brother_ABC");
		assertThat(phone.path()).isEqualTo("/report/where");
		assertThat(phone.find("#usernames").getAttribute("value")).isEqualTo("@Big_Brother_ABC");

		var keyboard = new Actions(phone.driver());
		for (int i = 0; i < 3; i++) {
			keyboard.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT);
		}
		keyboard.perform();
		new WebDriverWait(phone.driver(), Duration.ofSeconds(10)).until(d -> !phone.path().startsWith("/"));
		assertThat(phone.driver().getCurrentUrl()).doesNotContain("localhost");
	}

	@Test
	void aScreenshotLargerThanTheRequestMayBeIsExplainedOnItsPage(@WithoutJavaScript Browser phone) throws Exception {
		phone.open("/report/who?lang=en");
		phone.find("label[for='reporter-OTHER_ADULT']").click();
		continueTo(phone, "/report/what");
		phone.find("label[for='whatHappened-NOT_SURE']").click();
		for (String next : new String[] { "/report/where", "/report/when" }) {
			continueTo(phone, next);
		}
		phone.find("label[for='when-NOT_SURE']").click();
		continueTo(phone, "/report/now");
		phone.find("label[for='danger-UNKNOWN']").click();
		continueTo(phone, "/report/more");

		// Over the 16 MB a request may carry: the container refuses it unread, and the page says why.
		Path huge = generatedScreenshot("huge.png", 17 * 1024 * 1024);
		phone.find("#screenshots").sendKeys(huge.toString());
		phone.find("main form button[type=submit]").click();
		new WebDriverWait(phone.driver(), Duration.ofSeconds(60))
			.until(d -> !d.findElements(By.id("error-summary")).isEmpty());
		assertThat(phone.path()).startsWith("/report/more");
		assertThat(phone.find("#error-summary").getText()).contains("Screenshots: a file was larger than 5 MB");
		phone.screenshot("report-upload-too-large");
		phone.assertNoHorizontalScroll();

		// The same request without a browser, to see its status.
		String action = phone.find("main form").getAttribute("action");
		String session = phone.driver().manage().getCookieNamed("KKSESSION").getValue();
		String boundary = "----kk" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"screenshots\"; filename=\"huge.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		var request = HttpRequest.newBuilder(URI.create(action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Cookie", "KKSESSION=" + session + "; kk_lang=en")
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
					HttpRequest.BodyPublishers.ofFile(huge),
					HttpRequest.BodyPublishers.ofByteArray(tail)))
			.build();
		var response = HttpClient.newHttpClient()
			.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Screenshots: a file was larger than 5 MB").doesNotContain("Exception");
	}

	/** A generated gradient PNG (never a photograph), padded with trailing bytes to about {@code size} bytes. */
	static Path generatedScreenshot(String name, int size) throws IOException {
		var image = new BufferedImage(180, 320, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, Color.CYAN, 180, 320, Color.WHITE));
		graphics.fillRect(0, 0, 180, 320);
		graphics.dispose();
		var bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		byte[] png = bytes.toByteArray();
		Path file = Files.createTempDirectory("kk-shot").resolve(name);
		Files.write(file, Arrays.copyOf(png, Math.max(png.length, size)));
		file.toFile().deleteOnExit();
		return file;
	}

	record Receipt(String code, String passphrase) {
	}

	private Receipt report(Browser phone, String run, boolean checkEveryPage) throws IOException {
		phone.open("/?lang=th");
		check(phone, "report-" + run + "-00-home", checkEveryPage);
		phone.find("a[href='/report']").click();
		phone.waitForPath("/report");
		check(phone, "report-" + run + "-01-start", checkEveryPage);
		assertThat(phone.find("h1").getText()).containsPattern(THAI);
		phone.find("a.start").click();

		phone.waitForPath("/report/who");
		assertThat(phone.driver().getTitle()).isEqualTo("แบบฟอร์ม – ขั้นที่ 1 จาก 8");
		if (checkEveryPage) {
			// Nothing chosen: the problem is named at the top and next to the question.
			continueTo(phone, "/report/who");
			assertThat(phone.find("#error-summary a[href='#reporter']").getText()).containsPattern(THAI);
			check(phone, "report-" + run + "-02-who-problem", true);
		}
		phone.find("label[for='reporter']").click();
		check(phone, "report-" + run + "-02-who", checkEveryPage);
		continueTo(phone, "/report/age");

		phone.find("label[for='ageBand-AGE_13_15']").click();
		check(phone, "report-" + run + "-03-age", checkEveryPage);
		continueTo(phone, "/report/what");

		assertThat(phone.find("p.never-pictures").isDisplayed()).isTrue();
		phone.find("label[for='whatHappened-GROOMING']").click();
		check(phone, "report-" + run + "-04-what", checkEveryPage);
		continueTo(phone, "/report/where");

		phone.find("label[for='platforms-ROBLOX']").click();
		phone.find("#usernames").sendKeys("@friendly_gamer_99");
		check(phone, "report-" + run + "-05-where", checkEveryPage);
		continueTo(phone, "/report/when");

		phone.find("label[for='when-THIS_WEEK']").click();
		check(phone, "report-" + run + "-06-when", checkEveryPage);
		continueTo(phone, "/report/now");

		assertThat(phone.find("a.call[href='tel:191']").isDisplayed()).isTrue();
		phone.find("label[for='danger']").click();
		check(phone, "report-" + run + "-07-now", checkEveryPage);
		continueTo(phone, "/report/more");

		// In danger now: 191 stays in sight on the next page.
		assertThat(phone.find(".danger-now a.call[href='tel:191']").isDisplayed()).isTrue();
		phone.find("#description").sendKeys("เขาบอกว่าหนูพิเศษ และให้เก็บเป็นความลับ");
		phone.find("#screenshots").sendKeys(generatedScreenshot("chat-" + run + ".png", 2_000).toString());
		check(phone, "report-" + run + "-08-more", checkEveryPage);
		continueTo(phone, "/report/contact");

		check(phone, "report-" + run + "-09-contact", checkEveryPage);
		continueTo(phone, "/report/check");

		assertThat(phone.find("#answer-what").getText()).containsPattern(THAI);
		assertThat(phone.find("#answer-where").getText()).contains("Roblox", "@friendly_gamer_99");
		assertThat(phone.find("#answer-more").getText()).contains("chat-" + run + ".png");
		check(phone, "report-" + run + "-10-check", checkEveryPage);
		phone.find("#send").click();
		// With JavaScript the browser first solves the proof of work: give it time on a slow machine.
		new WebDriverWait(phone.driver(), Duration.ofSeconds(60)).until(d -> phone.path().startsWith("/report/done"));

		String code = phone.find("#receipt-code").getText().strip();
		String passphrase = phone.find("#receipt-passphrase").getText().strip();
		assertThat(code).matches(CODE);
		assertThat(passphrase).matches(PASSPHRASE);
		assertThat(phone.find(".danger-now a.call[href='tel:191']").isDisplayed()).isTrue();
		assertThat(phone.driver().getTitle()).isEqualTo("แบบฟอร์ม – ส่งแล้ว");
		check(phone, "report-" + run + "-11-done", checkEveryPage);

		// Shown once: a reload shows that it was shown, not the code.
		phone.driver().navigate().refresh();
		assertThat(phone.find("main").getText()).doesNotContain(code).doesNotContain(passphrase);
		check(phone, "report-" + run + "-12-shown", checkEveryPage);
		return new Receipt(code, passphrase);
	}

	private void followUp(Browser phone, String run, Receipt receipt, boolean checkEveryPage) {
		phone.open("/report/follow-up");
		check(phone, "report-" + run + "-13-follow-up", checkEveryPage);
		// As a child might type it: small letters, no dashes.
		phone.find("#code").sendKeys(receipt.code().toLowerCase().replace("-", ""));
		phone.find("#passphrase").sendKeys(receipt.passphrase().replace("-", " "));
		phone.find("main form button[type=submit]").click();
		new WebDriverWait(phone.driver(), Duration.ofSeconds(60))
			.until(d -> phone.path().startsWith("/report/follow-up/messages"));
		assertThat(phone.path()).doesNotContain(receipt.code()).doesNotContain(receipt.passphrase());
		assertThat(phone.find("#report-status").getText()).isEqualTo("เราได้รับเรื่องของคุณแล้ว อีกไม่นานจะมีเจ้าหน้าที่มาดู");
		check(phone, "report-" + run + "-14-messages", checkEveryPage);

		phone.find("#message").sendKeys("ชื่อในเกมของเขาคือ friendly_gamer_99");
		phone.find("form[action='/report/follow-up/messages'] button[type=submit]").click();
		new WebDriverWait(phone.driver(), Duration.ofSeconds(60))
			.until(d -> !d.findElements(By.cssSelector(".notice.success")).isEmpty());
		assertThat(phone.find("ol.conversation").getText()).contains("friendly_gamer_99");
		check(phone, "report-" + run + "-15-replied", checkEveryPage);

		phone.find("form.close-form button").click();
		phone.waitForPath("/report/follow-up?closed");
		check(phone, "report-" + run + "-16-closed", checkEveryPage);
	}

	private static void continueTo(Browser phone, String next) {
		String before = phone.path();
		phone.find("main form button[type=submit]").click();
		if (next.equals(before)) {
			new WebDriverWait(phone.driver(), Duration.ofSeconds(10))
				.until(d -> !d.findElements(By.id("error-summary")).isEmpty());
		}
		else {
			phone.waitForPath(next);
		}
	}

	/** A screenshot and the sideways-scroll check on every page (at 360 px); axe where asked. */
	private static void check(Browser phone, String name, boolean accessibility) {
		phone.screenshot(name);
		phone.assertNoHorizontalScroll();
		assertThat(phone.find("a#quick-exit").isDisplayed()).as("quick exit on %s", name).isTrue();
		if (accessibility) {
			// From the top, as the page opens: scrolled down, the sticky quick-exit bar covers the header's
			// links, which axe would count against their target size.
			phone.script("window.scrollTo(0, 0);");
			phone.assertAccessible();
		}
	}

}
