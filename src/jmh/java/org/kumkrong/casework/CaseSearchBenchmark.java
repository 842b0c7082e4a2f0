package org.kumkrong.casework;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.kumkrong.AppProcess;
import org.kumkrong.KumkrongApplication;

/**
 * Case search and the case page at scale (issue 4: with 100,000 synthetic cases, search p95 &lt; 150 ms and
 * the case page p95 &lt; 100 ms). A load generator over HTTP, not JMH:
 * <ol>
 * <li>unless the data directory already holds them, generates {@code bench.cases} cases with the
 * application's own command ({@code generate-cases}, then the mass indexer), as its own JVM;</li>
 * <li>starts the application on that data directory as its own JVM (production JIT, 1 GiB heap);</li>
 * <li>signs in as the demo investigator of the national unit (password and TOTP, as a browser does);</li>
 * <li>warms up with {@code bench.warmupRequests} rounds over every kind of search (not counted);</li>
 * <li>for each kind of search, and for the case page {@code bench.casePage} of cases the investigator's agency
 * may see, sends {@code bench.requests} requests one after the other, the first {@code bench.warmupRequests}
 * not counted, and reports HdrHistogram percentiles.</li>
 * </ol>
 */
public final class CaseSearchBenchmark {

	static final String INVESTIGATOR_TOTP = "55Q335WHO3UB2CJDXM3BRYQU76F5IOUO";

	static final int CASES = Integer.getInteger("bench.cases", 100_000);

	static final int REQUESTS = Integer.getInteger("bench.requests", 300);

	static final int WARMUP = Integer.getInteger("bench.warmupRequests", 50);

	/** The case page, {id} replaced by a case id. */
	static final String CASE_PAGE = System.getProperty("bench.casePage", "/cases/{id}");

	static String DB_USER = "sa";

	static boolean blank(String value) {
		return value == null || value.isBlank() || "default".equals(value);
	}

	private CaseSearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(System.getProperty("bench.dataDir", "target/bench-cases")).toAbsolutePath();
		Files.createDirectories(dataDir);
		// -Dbench.db.url (with -Dbench.db.user) measures on that database, PostgreSQL in production; else embedded H2.
		String url = blank(System.getProperty("bench.db.url")) ? "jdbc:h2:file:" + dataDir.resolve("db/kumkrong")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0" : System.getProperty("bench.db.url");
		DB_USER = blank(System.getProperty("bench.db.user")) ? "sa" : System.getProperty("bench.db.user");
		boolean h2 = url.startsWith("jdbc:h2:");
		long existing = 0;
		if (!h2 || Files.exists(dataDir.resolve("db/kumkrong.mv.db"))) {
			try {
				existing = count(url, "select count(*) from casework_case");
			}
			catch (java.sql.SQLException emptyDatabase) {
				// No schema yet: the generator's start creates it.
			}
		}
		if (existing < CASES) {
			generate(dataDir, url, CASES - (int) existing);
		}
		Map<String, String> samples = samples(url);
		System.out.printf("%d cases in %s; investigator's agency sees %s of them%n", count(url, "select count(*) from casework_case"),
				dataDir, samples.get("visible"));

		Map<String, String> searches = new LinkedHashMap<>();
		searches.put("no filter (the agency's cases)", "");
		searches.put("reference", "reference=" + samples.get("reference"));
		searches.put("child code", "child=" + samples.get("child"));
		searches.put("suspect identifier", "suspect=" + enc(samples.get("identifier")));
		searches.put("free text, Thai", "q=" + enc("ออนไลน์"));
		searches.put("free text, English", "q=" + enc("gaming chat"));
		searches.put("status", "status=INVESTIGATION");
		searches.put("offence and province", "offence=SEXTORTION&province=TH-10");
		searches.put("opened-date range", "from=" + samples.get("from") + "&to=" + samples.get("to"));
		searches.put("Thai text and status, page 3", "q=" + enc("เกม") + "&status=OPEN&page=3");
		// The first kind measured also pays for the JIT's warm-up: measured again last.
		searches.put("no filter, again at the end", "page=1");

		try (AppProcess app = AppProcess.on(dataDir, url, DB_USER, Map.of("logging.level.root", "WARN"))
			.withJvmOptions("-Xms1g", "-Xmx1g")) {
			app.start(Duration.ofMinutes(10));
			HttpClient browser = org.kumkrong.BenchSignIn.signIn(app, "investigator", INVESTIGATOR_TOTP);
			// Warm-up over every kind of search first (the JIT compiles the whole path), none of it counted.
			List<String> everyPath = searches.values().stream().map(q -> "/cases" + (q.isEmpty() ? "" : "?" + q)).toList();
			for (int round = 0; round < WARMUP; round++) {
				measure(browser, app, everyPath, "KK-", 0);
			}
			Histogram all = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
			for (var search : searches.entrySet()) {
				String path = "/cases" + (search.getValue().isEmpty() ? "" : "?" + search.getValue());
				Histogram histogram = measure(browser, app, List.of(path), "KK-", REQUESTS);
				all.add(histogram);
				report("case search: " + search.getKey(), histogram);
			}
			report("case search: all of the above", all);
			List<String> pages = new ArrayList<>();
			for (String id : samples.get("ids").split(",")) {
				pages.add(CASE_PAGE.replace("{id}", id));
			}
			HttpResponse<String> probe = browser.send(HttpRequest.newBuilder(app.uri(pages.get(0))).build(),
					HttpResponse.BodyHandlers.ofString());
			if (probe.statusCode() == 200) {
				report("case page " + CASE_PAGE + " (" + pages.size() + " cases in turn)", measure(browser, app, pages, "KK-", REQUESTS));
			}
			else {
				System.out.printf("RESULT case page %s: not measured, it answers %d%n", CASE_PAGE, probe.statusCode());
			}
		}
	}

	static Histogram measure(HttpClient browser, AppProcess app, List<String> paths, String mustContain, int requests)
			throws Exception {
		Histogram histogram = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
		for (int i = 0; i < Math.max(requests, paths.size()); i++) {
			String path = paths.get(i % paths.size());
			long start = System.nanoTime();
			HttpResponse<String> page = browser.send(HttpRequest.newBuilder(app.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
			long micros = (System.nanoTime() - start) / 1000;
			if (page.statusCode() != 200 || !page.body().contains(mustContain)) {
				String body = page.body();
				int count = body.indexOf("result-count");
				throw new IllegalStateException(path + " answered " + page.statusCode() + " at " + page.uri() + " without " + mustContain
						+ ": " + (count < 0 ? body.substring(0, Math.min(400, body.length())) : body.substring(count, Math.min(body.length(), count + 200))));
			}
			if (i >= WARMUP || requests == 0) {
				histogram.recordValue(micros);
			}
		}
		return histogram;
	}

	static void report(String what, Histogram histogram) {
		System.out.printf("RESULT %s (%d requests): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", what,
				histogram.getTotalCount(), histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(95) / 1000.0,
				histogram.getValueAtPercentile(99) / 1000.0, histogram.getMaxValue() / 1000.0);
	}

	/** Runs the application's {@code generate-cases} command on the data directory and waits for it. */
	static void generate(Path dataDir, String url, int count) throws Exception {
		System.out.printf("generating %d cases into %s (log: %s)%n", count, dataDir, dataDir.resolve("generate.log"));
		long started = System.nanoTime();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx2g", "-Dspring.datasource.url=" + url, "-Dspring.datasource.username=" + DB_USER, "-Dspring.datasource.password=",
				"-Dkumkrong.data-dir=" + dataDir, "-Dkumkrong.search.index-dir=" + dataDir.resolve("index"),
				"-Dkumkrong.master-key-file=" + dataDir.resolve("master-key.json"),
				"-Dkumkrong.generate-master-key=true", "-Dkumkrong.demo=true", "-cp", System.getProperty("java.class.path"),
				KumkrongApplication.class.getName(), "generate-cases", String.valueOf(count)));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("generate.log").toFile())).start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException("generate-cases failed; see " + dataDir.resolve("generate.log"));
		}
		System.out.printf("generated and indexed in %.0f s%n", (System.nanoTime() - started) / 1e9);
	}

	/** Values to search for, all from cases the investigator's agency may see (read before the application starts). */
	static Map<String, String> samples(String url) throws Exception {
		Map<String, String> samples = new LinkedHashMap<>();
		try (Connection c = DriverManager.getConnection(url, DB_USER, "")) {
			UUID agency = null;
			try (ResultSet rs = c.createStatement().executeQuery("select agency_id from account_user where username = 'investigator'")) {
				rs.next();
				agency = rs.getObject(1, UUID.class);
			}
			String visible = "select t.case_id from casework_team t where t.agency_id = '" + agency + "'";
			samples.put("visible", String.valueOf(scalar(c, "select count(*) from (" + visible + ") v")));
			samples.put("reference", scalar(c, "select reference from casework_case where id in (" + visible + ") order by reference desc limit 1"));
			samples.put("child", scalar(c, "select code from casework_child where case_id in (" + visible + ") order by code limit 1"));
			samples.put("identifier", scalar(c, "select i.identifier from casework_suspect_identifier i join casework_suspect s on s.id = i.suspect_id "
					+ "where s.case_id in (" + visible + ") and i.kind = 'SCREEN_NAME' order by i.normalized limit 1"));
			Instant newest;
			try (ResultSet rs = c.createStatement().executeQuery("select max(opened_at) from casework_case")) {
				rs.next();
				newest = rs.getTimestamp(1).toInstant();
			}
			samples.put("to", newest.atZone(java.time.ZoneId.of("Asia/Bangkok")).toLocalDate().toString());
			samples.put("from", newest.atZone(java.time.ZoneId.of("Asia/Bangkok")).toLocalDate().minusDays(30).toString());
			List<String> ids = new ArrayList<>();
			try (ResultSet rs = c.createStatement().executeQuery("select c.id from casework_case c where c.id in (" + visible
					+ ") order by c.reference limit 50")) {
				while (rs.next()) {
					ids.add(rs.getString(1));
				}
			}
			samples.put("ids", String.join(",", ids));
		}
		return samples;
	}

	static String scalar(Connection c, String sql) throws Exception {
		try (ResultSet rs = c.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	static long count(String url, String sql) throws Exception {
		try (Connection c = DriverManager.getConnection(url, DB_USER, "")) {
			return Long.parseLong(scalar(c, sql));
		}
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}


}
