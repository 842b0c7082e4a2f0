package org.kumkrong.statistics;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.kumkrong.AppProcess;
import org.kumkrong.KumkrongApplication;

/**
 * The statistics dashboard at scale (issue 6: with 1,000,000 facts, any filter combination p95 &lt; 300 ms on
 * PostgreSQL and on H2). A load generator over HTTP:
 * <ol>
 * <li>unless the database already holds them, adds {@code bench.facts} synthetic facts over five years with the
 * application's own command ({@code generate-statistics}), as its own JVM;</li>
 * <li>starts the application on that data directory (production JIT, 1 GiB heap) and waits until the facts are
 * in memory;</li>
 * <li>signs in as the demo data analyst (password and TOTP, as a browser does);</li>
 * <li>sends {@code bench.requests} dashboard pages, one after the other, each with a random combination of
 * filters (period of 1 to 60 months, and each of province, offence, channel, platform, age band, sex and agency
 * type set or not) and a random indicator, the first {@code bench.warmupRequests} not counted; then the same for
 * the API, the CSV download and the public page; and reports HdrHistogram percentiles.</li>
 * </ol>
 * Run: {@code ./mvnw -o -Pbench test-compile exec:exec -Dbench.class=org.kumkrong.statistics.StatisticsDashboardBenchmark
 * -Dbench.dataDir=target/bench-statistics [-Dbench.db.url=jdbc:postgresql://… -Dbench.db.user=postgres]}.
 */
public final class StatisticsDashboardBenchmark {

	static final String ANALYST_TOTP = "YFW4V5GZTAVGKK46OSWBXM3QOJMGAWJA";

	static final int FACTS = Integer.getInteger("bench.facts", Integer.getInteger("bench.entries", 1_000_000));

	static final int REQUESTS = Integer.getInteger("bench.requests", 300);

	static final int WARMUP = Integer.getInteger("bench.warmupRequests", 50);

	static final String[] PROVINCES = { "TH-10", "TH-50", "TH-57", "TH-40", "TH-90", "TH-83", "TH-20", "TH-96", "TH-58" };

	static final String[] OFFENCES = { "CSAM", "ONLINE_GROOMING", "SEXTORTION", "LIVE_STREAMED_ABUSE", "NONCONSENSUAL_SHARING" };

	static final String[] CHANNELS = { "PUBLIC", "PARTNER" };

	static final String[] PLATFORMS = { "FACEBOOK", "TIKTOK", "LINE", "INSTAGRAM", "ROBLOX" };

	static final String[] AGES = { "AGE_10_12", "AGE_13_15", "AGE_16_17" };

	static final String[] SEXES = { "FEMALE", "MALE" };

	static final String[] AGENCY_TYPES = { "POLICE", "NGO", "SOCIAL_SERVICES" };

	static final String[] INDICATORS = { "reports-received", "cases-opened", "children-identified", "arrests",
			"days-case-to-charge", "referrals-made", "known-content-matches" };

	static String dbUser = "sa";

	private StatisticsDashboardBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(System.getProperty("bench.dataDir", "target/bench-statistics")).toAbsolutePath();
		Files.createDirectories(dataDir);
		String url = blank(System.getProperty("bench.db.url")) ? "jdbc:h2:file:" + dataDir.resolve("db/kumkrong")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0" : System.getProperty("bench.db.url");
		dbUser = blank(System.getProperty("bench.db.user")) ? "sa" : System.getProperty("bench.db.user");
		long existing = 0;
		if (!url.startsWith("jdbc:h2:") || Files.exists(dataDir.resolve("db/kumkrong.mv.db"))) {
			try {
				existing = count(url, "select count(*) from statistics_fact where source = 'S'");
			}
			catch (java.sql.SQLException emptyDatabase) {
				// No schema yet: the generator's start creates it.
			}
		}
		if (existing < FACTS) {
			generate(dataDir, url, FACTS - (int) existing);
		}
		long facts = count(url, "select count(*) from statistics_fact");
		System.out.printf("%d facts in %s%n", facts, url.startsWith("jdbc:h2:") ? "H2" : "PostgreSQL");
		try (AppProcess app = AppProcess.on(dataDir, url, dbUser, Map.of("logging.level.root", "WARN",
				"logging.level.org.kumkrong.statistics", "INFO", "kumkrong.statistics.demo-facts", "0"))
			.withJvmOptions("-Xms1g", "-Xmx1g")) {
			long started = System.nanoTime();
			app.start(Duration.ofMinutes(10));
			HttpClient browser = org.kumkrong.BenchSignIn.signIn(app, "dataanalyst", ANALYST_TOTP);
			// The first request waits until the facts are in memory.
			get(browser, app, "/statistics/dashboard", "stat-cards");
			System.out.printf("started and loaded in %.1f s (%s)%n", (System.nanoTime() - started) / 1e9,
					Files.readAllLines(app.log()).stream().filter(line -> line.contains("facts in memory")).findFirst().orElse(""));
			SplittableRandom random = new SplittableRandom(42);
			LocalDate today = LocalDate.now();
			report("dashboard page, random filters", measure(browser, app, () -> "/statistics/dashboard" + query(random, today, true), "stat-cards"));
			report("dashboard page, no filter (12 months)", measure(browser, app, () -> "/statistics/dashboard", "stat-cards"));
			report("API, year × dimension, random", measure(browser, app, () -> "/api/v1/statistics/indicators?indicator="
					+ INDICATORS[random.nextInt(INDICATORS.length)] + "&groupBy=" + (random.nextBoolean() ? "year" : "month")
					+ "," + pick(random, new String[] { "province", "offence", "platform" }), "\"rows\""));
			report("CSV download, random filters", measure(browser, app, () -> "/statistics/dashboard/export.csv" + query(random, today, true),
					"Statistics"));
			report("public page", measure(browser, app, () -> "/statistics?lang=en", "By year"));
		}
	}

	interface Paths {

		String next();

	}

	static String query(SplittableRandom random, LocalDate today, boolean filters) {
		int months = 1 + random.nextInt(60);
		LocalDate to = today.minusDays(random.nextInt(365));
		StringBuilder query = new StringBuilder("?lang=en&from=" + to.minusMonths(months) + "&to=" + to);
		if (filters) {
			maybe(random, query, "province", PROVINCES);
			maybe(random, query, "offence", OFFENCES);
			maybe(random, query, "channel", CHANNELS);
			maybe(random, query, "platform", PLATFORMS);
			maybe(random, query, "ageBand", AGES);
			maybe(random, query, "sex", SEXES);
			maybe(random, query, "agencyType", AGENCY_TYPES);
		}
		query.append("&indicator=").append(pick(random, INDICATORS));
		return query.toString();
	}

	static void maybe(SplittableRandom random, StringBuilder query, String name, String[] values) {
		if (random.nextInt(3) == 0) {
			query.append('&').append(name).append('=').append(URLEncoder.encode(pick(random, values), StandardCharsets.UTF_8));
		}
	}

	static String pick(SplittableRandom random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	static Histogram measure(HttpClient browser, AppProcess app, Paths paths, String mustContain) throws Exception {
		Histogram histogram = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
		for (int i = 0; i < REQUESTS; i++) {
			String path = paths.next();
			long start = System.nanoTime();
			get(browser, app, path, mustContain);
			long micros = (System.nanoTime() - start) / 1000;
			if (i >= WARMUP) {
				histogram.recordValue(micros);
			}
		}
		return histogram;
	}

	static void get(HttpClient browser, AppProcess app, String path, String mustContain) throws Exception {
		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(app.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
		if (page.statusCode() != 200 || !page.body().contains(mustContain)) {
			throw new IllegalStateException(path + " answered " + page.statusCode() + " without " + mustContain + ": "
					+ page.body().substring(0, Math.min(300, page.body().length())));
		}
	}

	static void report(String what, Histogram histogram) {
		System.out.printf("RESULT %s (%d requests): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", what,
				histogram.getTotalCount(), histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(95) / 1000.0,
				histogram.getValueAtPercentile(99) / 1000.0, histogram.getMaxValue() / 1000.0);
	}

	static void generate(Path dataDir, String url, int count) throws Exception {
		System.out.printf("generating %d facts (log: %s)%n", count, dataDir.resolve("generate.log"));
		long started = System.nanoTime();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "-Dspring.datasource.url=" + url, "-Dspring.datasource.username=" + dbUser, "-Dspring.datasource.password=",
				"-Dkumkrong.data-dir=" + dataDir, "-Dkumkrong.search.index-dir=" + dataDir.resolve("index"),
				"-Dkumkrong.master-key-file=" + dataDir.resolve("master-key.json"), "-Dkumkrong.statistics.demo-facts=0",
				"-Dkumkrong.generate-master-key=true", "-Dkumkrong.demo=true", "-cp", System.getProperty("java.class.path"),
				KumkrongApplication.class.getName(), "generate-statistics", String.valueOf(count), "5"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("generate.log").toFile())).start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException("generate-statistics failed; see " + dataDir.resolve("generate.log"));
		}
		System.out.printf("generated in %.0f s%n", (System.nanoTime() - started) / 1e9);
	}

	static long count(String url, String sql) throws Exception {
		try (Connection c = DriverManager.getConnection(url, dbUser, ""); ResultSet rs = c.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static boolean blank(String value) {
		return value == null || value.isBlank() || "default".equals(value);
	}


}
