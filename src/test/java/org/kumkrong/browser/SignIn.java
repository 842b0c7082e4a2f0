package org.kumkrong.browser;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs a staff member in through the real pages, as a person would: {@code /login} (username and
 * password), then {@code /login/code} (the current TOTP code). For the admin and casework journeys.
 */
public final class SignIn {

	/** Last 30-second step used per secret: the server accepts a code only once (SECURITY.md #1). */
	private static final Map<String, Long> usedSteps = new ConcurrentHashMap<>();

	private SignIn() {
	}

	public static void signIn(Browser browser, String username, String password, String totpSecret) {
		browser.open("/login");
		browser.find("input[name=username]").sendKeys(username);
		browser.find("input[name=password]").sendKeys(password);
		submitFormOf(browser, "username");
		browser.waitForPath("/login/code");
		browser.find("input[name=code]").sendKeys(freshCode(totpSecret));
		submitFormOf(browser, "code");
		browser.waitToLeave("/login");
	}

	/** Clicks the submit button of the form holding the named input (the layout may hold other forms). */
	static void submitFormOf(Browser browser, String inputName) {
		// Waits for the old page to go, so what the test reads next is the page the form led to.
		browser.submit("form:has(input[name=" + inputName + "]) :is(button[type=submit], input[type=submit])");
	}

	/**
	 * The current code, unless this secret already used the current step in this run; then the next step's
	 * code once that step has begun (a wait of at most 30 s, only for a second sign-in of the same account
	 * within one step).
	 */
	static String freshCode(String totpSecret) {
		long step = TotpCodes.step(Instant.now());
		Long used = usedSteps.get(totpSecret);
		if (used != null && used >= step) {
			step = used + 1;
			long waitMillis = step * TotpCodes.STEP_SECONDS * 1000 - System.currentTimeMillis();
			if (waitMillis > 0) {
				try {
					Thread.sleep(waitMillis + 50);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(ex);
				}
			}
		}
		usedSteps.put(totpSecret, step);
		return TotpCodes.forStep(totpSecret, step, TotpCodes.DIGITS);
	}

}
