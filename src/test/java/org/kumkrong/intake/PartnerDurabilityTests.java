package org.kumkrong.intake;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kumkrong.AppProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SECURITY row 13: partners submit concurrently with idempotency keys while the application is killed
 * with SIGKILL and restarted; clients retry until answered. Every acknowledged report must be present
 * exactly once, with the id it was acknowledged with. Runs on the embedded H2 and, when
 * {@code KUMKRONG_TEST_DB_URL} names a PostgreSQL database, on a fresh PostgreSQL database beside it.
 * <p>
 * Short form (CI): 200 submissions, one kill. Long form:
 * {@code ./mvnw test -Dtest=PartnerDurabilityTests -Dkumkrong.durability.reports=2000 -Dkumkrong.durability.kills=5}.
 */
class PartnerDurabilityTests {

	static final String KEY = "kk_DEMO-partner-key-not-for-production-7c1f2a9e4b6d8f0a3c5e7b9d";

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	@TempDir
	Path dataDir;

	@Test
	void everyAcknowledgedReportSurvivesKillDashNineExactlyOnce() throws Exception {
		int total = Integer.getInteger("kumkrong.durability.reports", 200);
		int kills = Integer.getInteger("kumkrong.durability.kills", 1);
		String testDb = System.getenv("KUMKRONG_TEST_DB_URL");
		if (testDb != null && testDb.startsWith("jdbc:postgresql:")) {
			String user = System.getenv().getOrDefault("KUMKRONG_TEST_DB_USER", "postgres");
			String name = "kk_durability_" + Long.toHexString(System.nanoTime());
			try (Connection admin = DriverManager.getConnection(testDb, user, "")) {
				admin.createStatement().execute("create database " + name);
			}
			String url = testDb.substring(0, testDb.lastIndexOf('/') + 1) + name;
			try {
				run(AppProcess.on(dataDir, url, user, Map.of()), url, user, total, kills);
			}
			finally {
				try (Connection admin = DriverManager.getConnection(testDb, user, "")) {
					admin.createStatement().execute("drop database if exists " + name + " with (force)");
				}
			}
		}
		else {
			AppProcess app = AppProcess.embedded(dataDir, Map.of());
			String url = "jdbc:h2:file:" + dataDir.resolve("db/kumkrong") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
			run(app, url, "sa", total, kills);
		}
	}

	private void run(AppProcess app, String url, String user, int total, int kills) throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
		AtomicInteger retries = new AtomicInteger();
		try (app) {
			app.start(Duration.ofMinutes(4));
			HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(2)).build();
			CountDownLatch go = new CountDownLatch(1);
			List<Thread> clients = new ArrayList<>();
			for (int i = 0; i < total; i++) {
				int index = i;
				Thread thread = new Thread(() -> submitUntilAnswered(app, client, go, run, index, acknowledged, retries));
				thread.start();
				clients.add(thread);
			}
			go.countDown();
			for (int k = 0; k < kills; k++) {
				int target = (k + 1) * total / (kills + 2);
				long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
				while (acknowledged.size() < target && System.nanoTime() < deadline) {
					Thread.sleep(5);
				}
				app.kill();
				app.start(Duration.ofMinutes(4));
			}
			for (Thread thread : clients) {
				thread.join(Duration.ofMinutes(5).toMillis());
			}
			assertThat(acknowledged).as("every submission acknowledged in the end").hasSize(total);
			assertThat(retries.get()).as("the kill interrupted some submissions").isPositive();
			app.stop();
		}
		try (Connection connection = DriverManager.getConnection(url, user, "");
				PreparedStatement find = connection.prepareStatement(
						"select id from intake_report where partner_reference = ?")) {
			for (int i = 0; i < total; i++) {
				find.setString(1, "dur-" + run + "-" + i);
				List<String> ids = new ArrayList<>();
				try (ResultSet rows = find.executeQuery()) {
					while (rows.next()) {
						ids.add(rows.getString(1));
					}
				}
				assertThat(ids).as("report %d stored exactly once, under its acknowledged id", i)
					.containsExactly(acknowledged.get(i));
			}
		}
	}

	private static void submitUntilAnswered(AppProcess app, HttpClient client, CountDownLatch go, String run, int index,
			Map<Integer, String> acknowledged, AtomicInteger retries) {
		String body = """
				{"incidentTypes":["ONLINE_GROOMING"],"description":"Durability test report %d of run %s","reporterReference":"dur-%s-%d",
				 "childInImminentDanger":{"value":false}}""".formatted(index, run, run, index);
		HttpRequest request = HttpRequest.newBuilder(app.uri("/api/v1/reports"))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + KEY)
			.header("Idempotency-Key", "dur-" + run + "-" + index)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			go.await();
			long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
			while (System.nanoTime() < deadline) {
				try {
					HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() == 201) {
						Matcher id = ID.matcher(response.body());
						if (id.find()) {
							acknowledged.put(index, id.group(1));
							return;
						}
					}
					if (response.statusCode() != 409 && response.statusCode() < 500) {
						throw new AssertionError("unexpected answer " + response.statusCode() + ": " + response.body());
					}
				}
				catch (java.io.IOException ex) {
					// Connection refused or reset while the application is down: retry, like a partner would.
				}
				retries.incrementAndGet();
				Thread.sleep(200);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
