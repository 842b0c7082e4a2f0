package org.kumkrong.platform;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database as configured in application.yml (same URL, same options) loses no committed
 * transaction when the JVM is killed with SIGKILL: every row the writer acknowledged is there afterwards.
 */
class EmbeddedDurabilityTests {

	@TempDir
	Path dataDir;

	@Test
	void everyAcknowledgedCommitSurvivesKillDashNineOfTheJvm() throws Exception {
		String url = embeddedUrl(dataDir);
		assertThat(url).contains("WRITE_DELAY=0").startsWith("jdbc:h2:file:");
		for (int run = 0; run < 3; run++) {
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
					DurabilityWriter.class.getName(), url).redirectError(ProcessBuilder.Redirect.DISCARD).start();
			AtomicLong acknowledged = new AtomicLong();
			Thread reader = new Thread(() -> {
				try (var lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
					String line;
					while ((line = lines.readLine()) != null) {
						acknowledged.set(Long.parseLong(line.trim()));
					}
				}
				catch (Exception ex) {
					// The pipe breaks when the writer is killed.
				}
			});
			reader.start();
			long deadline = System.nanoTime() + 60_000_000_000L;
			while (acknowledged.get() < 300 * (run + 1) && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			long before = acknowledged.get();
			// destroyForcibly is SIGKILL on Linux: no shutdown hook, no close, no flush.
			writer.destroyForcibly().waitFor();
			reader.join(5_000);
			long acked = Math.max(before, acknowledged.get());
			assertThat(acked).as("the writer made progress").isGreaterThan(0);
			try (Connection connection = DriverManager.getConnection(url, "sa", "");
					ResultSet rows = connection.createStatement().executeQuery("select count(*), max(id) from durability")) {
				rows.next();
				assertThat(rows.getLong(2)).as("run %d: highest surviving id vs last acknowledged", run).isGreaterThanOrEqualTo(acked);
				assertThat(rows.getLong(1)).isEqualTo(rows.getLong(2));
			}
			try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
				connection.createStatement().execute("delete from durability");
			}
		}
	}

	/** The default datasource URL of application.yml, with its placeholders resolved for this data dir. */
	@SuppressWarnings("unchecked")
	static String embeddedUrl(Path dataDir) throws Exception {
		Map<String, Object> yaml;
		try (var in = EmbeddedDurabilityTests.class.getResourceAsStream("/application.yml")) {
			yaml = new Yaml().load(in);
		}
		String url = (String) ((Map<String, Object>) ((Map<String, Object>) yaml.get("spring")).get("datasource")).get("url");
		// ${KUMKRONG_DB_URL:<default>} → <default>
		String prefix = "${KUMKRONG_DB_URL:";
		assertThat(url).startsWith(prefix).endsWith("}");
		String fallback = url.substring(prefix.length(), url.length() - 1);
		Files.createDirectories(dataDir);
		return fallback.replace("${kumkrong.data-dir}", dataDir.toString().replace(File.separatorChar, '/'));
	}

}
