package org.kumkrong.browser;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance journey of issue 3, with two people: a child aged 13–15 on a 360 px phone with
 * JavaScript off reports grooming in Thai and says a child is in danger now; the demo hotline analyst
 * (a second browser, wide screen) is alerted on her home page, finds the report at the top of the triage
 * queue (only danger-now reports before it), and replies; the child opens the follow-up with the receipt code and passphrase and reads the
 * reply.
 */
@BrowserTest
class ReportToReplyBrowserTests {

	@Test
	void aChildInDangerIsAnsweredByTheHotlineAndReadsTheAnswer(@WithoutJavaScript Browser child, @Wide Browser analyst) {
		String marker = "ROBLOX-" + UUID.randomUUID().toString().substring(0, 8);

		child.open("/?lang=th");
		child.find("a[href='/report']").click();
		child.waitForPath("/report");
		child.find("a.start").click();
		child.waitForPath("/report/who");
		child.find("label[for='reporter']").click();
		next(child, "/report/age");
		child.find("label[for='ageBand-AGE_13_15']").click();
		next(child, "/report/what");
		child.find("label[for='whatHappened-GROOMING']").click();
		next(child, "/report/where");
		child.find("label[for='platforms-ROBLOX']").click();
		child.find("#usernames").sendKeys("@" + marker);
		next(child, "/report/when");
		child.find("label[for='when']").click();
		next(child, "/report/now");
		child.find("label[for='danger']").click();
		next(child, "/report/more");
		child.find("#description").sendKeys("เขาจะมาหาหนูที่บ้านวันนี้ " + marker);
		next(child, "/report/contact");
		next(child, "/report/check");
		child.find("#send").click();
		child.waitForPath("/report/done");
		String code = child.find("#receipt-code").getText().strip();
		String passphrase = child.find("#receipt-passphrase").getText().strip();
		child.screenshot("acceptance-child-done-360");

		analyst.open("/login?lang=th");
		SignIn.signIn(analyst, "analyst", "Kumkrong-demo-2026", "NJEKHN3KGJ54ZG2L3QS3NFFZPSEL7ZDN");
		analyst.open("/home");
		List<WebElement> alerts = analyst.driver().findElements(By.cssSelector("#inbox tr.unread a[href^='/triage/reports/']"));
		assertThat(alerts).as("a danger-now alert waits in the analyst's inbox").isNotEmpty();
		String reportPath = alerts.get(0).getAttribute("href").replaceFirst("^https?://[^/]+", "");
		analyst.screenshot("acceptance-analyst-home-wide");

		// At the top of the queue: nothing but other danger-now reports (older ones, if another journey left
		// some open) comes before it.
		analyst.open("/triage");
		WebElement mine = null;
		for (WebElement row : analyst.driver().findElements(By.cssSelector("table.queue tbody tr"))) {
			assertThat(row.findElement(By.cssSelector(".priority")).getAttribute("class")).contains("priority-1");
			if (row.findElement(By.cssSelector("a")).getAttribute("href").endsWith(reportPath)) {
				mine = row;
				break;
			}
		}
		assertThat(mine).as("the child's report among the danger-now reports at the top of the queue").isNotNull();
		analyst.screenshot("acceptance-analyst-queue-wide");
		analyst.assertAccessible();

		mine.findElement(By.cssSelector("a")).click();
		analyst.waitForPath("/triage/reports/");
		assertThat(analyst.find("main").getText()).contains(marker);
		analyst.find("#message").sendKeys("เราได้รับเรื่องแล้ว ถ้าอยู่ในอันตรายตอนนี้ โทร 191 ได้เลย");
		analyst.submit("form[action$='/reply'] button");
		assertThat(analyst.waitFor(".notice.success").getText()).isNotBlank();
		analyst.assertAccessible();

		child.open("/report/follow-up");
		child.find("#code").sendKeys(code);
		child.find("#passphrase").sendKeys(passphrase);
		child.find("main form button[type=submit]").click();
		child.waitForPath("/report/follow-up/messages");
		assertThat(child.find("ol.conversation").getText()).contains("โทร 191 ได้เลย");
		child.screenshot("acceptance-child-reads-reply-360");
		child.assertNoHorizontalScroll();
	}

	private static void next(Browser phone, String path) {
		phone.find("main form button[type=submit]").click();
		new WebDriverWait(phone.driver(), Duration.ofSeconds(20)).until(d -> phone.path().startsWith(path));
	}

}
