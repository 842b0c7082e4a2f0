package org.kumkrong;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kumkrong.browser.TotpCodes;

/** How the load generators sign in as a demo account: password, then a TOTP code, as a browser does. */
public final class BenchSignIn {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private BenchSignIn() {
	}

	/** A client holding the session of {@code username} (password of the README), its TOTP from {@code totpSecret}. */
	public static HttpClient signIn(AppProcess app, String username, String totpSecret) throws Exception {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL).build();
		String login = client.send(HttpRequest.newBuilder(app.uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
		HttpResponse<String> afterPassword = client.send(form(app.uri("/login"),
				"username=" + username + "&password=Kumkrong-demo-2026&_csrf=" + csrf(login)), HttpResponse.BodyHandlers.ofString());
		String code = TotpCodes.at(totpSecret, Instant.now());
		HttpResponse<String> signedIn = client.send(form(app.uri("/login/code"), "code=" + code + "&_csrf=" + csrf(afterPassword.body())),
				HttpResponse.BodyHandlers.ofString());
		if (!signedIn.uri().getPath().equals("/home")) {
			throw new IllegalStateException("sign-in ended at " + signedIn.uri());
		}
		return client;
	}

	private static HttpRequest form(URI uri, String body) {
		return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token on the page");
		}
		return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
	}

}
