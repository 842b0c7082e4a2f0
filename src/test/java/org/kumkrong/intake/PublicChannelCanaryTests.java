package org.kumkrong.intake;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kumkrong.AppProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * SECURITY row 14: public reports and follow-ups sent with a canary client address from the
 * documentation range 203.0.113.0/24 — in every forwarded header, with forwarded headers trusted, so the
 * application really sees that address as the client's — leave it nowhere in the database files, the
 * stored files or the log. The application runs as its own JVM on an embedded database in a fresh data
 * directory, which is then searched byte by byte.
 */
class PublicChannelCanaryTests {

	static final String CANARY = "203.0.113.";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern CODE = Pattern.compile("id=\"receipt-code\"[^>]*>\\s*([0-9A-Z-]{11})");

	private static final Pattern PASSPHRASE = Pattern.compile("id=\"receipt-passphrase\"[^>]*>\\s*([0-9A-Z-]{9})");

	@TempDir
	Path dataDir;

	@Test
	void noClientAddressReachesTheDatabaseFilesOrTheLog() throws Exception {
		// The embedded database's files are what this test reads; the PostgreSQL pass has nothing to add.
		String testDb = System.getenv("KUMKRONG_TEST_DB_URL");
		assumeTrue(testDb == null || testDb.isBlank(), "runs on the embedded database only");
		String marker = "canary-report-" + UUID.randomUUID();
		try (AppProcess app = AppProcess.embedded(dataDir, Map.of("server.forward-headers-strategy", "framework",
				"logging.level.org.kumkrong", "DEBUG", "logging.level.org.springframework.web", "DEBUG"))) {
			app.start(Duration.ofMinutes(4));
			for (int i = 0; i < 3; i++) {
				Client client = new Client(app, CANARY + (10 + i));
				String[] receipt = client.report(marker + "-" + i);
				client.followUp(receipt[0], receipt[1], "more from the canary " + i);
				client.followUp("AAAAA-AAAAA", "BBBB-BBBB", "wrong code " + i);
			}
			app.stop();
		}
		// Not vacuous: the reports are there, with their messages.
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db/kumkrong")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
				ResultSet rows = connection.createStatement().executeQuery(
						"select count(*) from intake_report r join intake_message m on m.report_id = r.id "
								+ "where r.channel = 'PUBLIC' and m.direction = 'FROM_REPORTER'")) {
			rows.next();
			assertThat(rows.getLong(1)).isGreaterThanOrEqualTo(3);
		}
		assertThat(Files.size(dataDir.resolve("app.log"))).isPositive();
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(dataDir)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				if (contains(Files.readAllBytes(file), CANARY)) {
					found.add(dataDir.relativize(file).toString());
				}
			}
		}
		assertThat(found).as("files holding the canary client address").isEmpty();
	}

	@Test
	void theSearchFindsTheAddressInEveryEncoding() {
		for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
			assertThat(contains(("client=" + CANARY + "77;").getBytes(charset), CANARY)).as(charset.name()).isTrue();
		}
		assertThat(contains("client=198.51.100.77".getBytes(StandardCharsets.UTF_8), CANARY)).isFalse();
	}

	/** The address in UTF-8 and in UTF-16 (both byte orders), so no encoding hides it. */
	static boolean contains(byte[] haystack, String needle) {
		for (byte[] form : List.of(needle.getBytes(StandardCharsets.UTF_8), needle.getBytes(StandardCharsets.UTF_16LE),
				needle.getBytes(StandardCharsets.UTF_16BE))) {
			outer: for (int i = 0; i + form.length <= haystack.length; i++) {
				for (int j = 0; j < form.length; j++) {
					if (haystack[i + j] != form[j]) {
						continue outer;
					}
				}
				return true;
			}
		}
		return false;
	}

	/** A reporter's browser: cookies, and the canary address in every forwarded header. */
	static final class Client {

		private final AppProcess app;

		private final String address;

		private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();

		Client(AppProcess app, String address) {
			this.app = app;
			this.address = address;
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(app.uri(path))
				.header("X-Forwarded-For", address)
				.header("X-Real-IP", address)
				.header("Forwarded", "for=" + address)
				.header("User-Agent", "Canary/1.0 (" + address + ")")
				.header("Accept-Language", "th");
		}

		String get(String path) throws IOException, InterruptedException {
			HttpResponse<String> response = http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
			return response.body();
		}

		String post(String path, String page, String... fields) throws IOException, InterruptedException {
			StringBuilder body = new StringBuilder("_csrf=").append(csrf(page));
			for (int i = 0; i < fields.length; i += 2) {
				body.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
			}
			HttpResponse<String> response = http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("POST %s", path).isEqualTo(200);
			return response.body();
		}

		String multipart(String path, String page, String field, String value) throws IOException, InterruptedException {
			String boundary = "----canary" + System.nanoTime();
			String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + rawCsrf(page)
					+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n"
					+ "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n--" + boundary + "--\r\n";
			HttpResponse<String> response = http.send(request(path)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("POST %s", path).isEqualTo(200);
			return response.body();
		}

		/** The whole form as a child without JavaScript sends it; returns the receipt code and passphrase. */
		String[] report(String marker) throws IOException, InterruptedException {
			get("/report");
			String page = get("/report/who");
			page = post("/report/who", page, "reporter", "CHILD");
			page = post("/report/age", page, "ageBand", "AGE_13_15");
			page = post("/report/what", page, "whatHappened", "GROOMING");
			page = post("/report/where", page, "platforms", "ROBLOX", "usernames", "@" + marker);
			page = post("/report/when", page, "when", "TODAY");
			page = post("/report/now", page, "danger", "NOW");
			page = multipart("/report/more", page, "description", marker);
			page = post("/report/contact", page, "contactPhone", "0812345678");
			page = post("/report/check", page);
			Matcher code = CODE.matcher(page);
			Matcher passphrase = PASSPHRASE.matcher(page);
			assertThat(code.find()).as("receipt code on the confirmation page").isTrue();
			assertThat(passphrase.find()).as("passphrase on the confirmation page").isTrue();
			return new String[] { code.group(1), passphrase.group(1) };
		}

		void followUp(String code, String passphrase, String message) throws IOException, InterruptedException {
			String page = get("/report/follow-up");
			page = post("/report/follow-up", page, "code", code, "passphrase", passphrase);
			if (page.contains("name=\"message\"")) {
				post("/report/follow-up/messages", page, "message", message);
			}
		}

		private static String rawCsrf(String page) {
			Matcher matcher = CSRF.matcher(page);
			assertThat(matcher.find()).as("a form with a CSRF token").isTrue();
			return matcher.group(1);
		}

		private static String csrf(String page) {
			return URLEncoder.encode(rawCsrf(page), StandardCharsets.UTF_8);
		}

	}

}
