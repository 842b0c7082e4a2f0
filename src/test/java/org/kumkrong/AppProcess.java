package org.kumkrong;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole application as a separate JVM on a free port, started from the test class path, for tests and
 * load generators that must kill it with SIGKILL, read its log file, or measure it over real HTTP. System
 * properties given here override the test configuration on the class path.
 */
public final class AppProcess implements AutoCloseable {

	private final Map<String, String> properties;

	private final Path log;

	private final int port;

	private Process process;

	/** Quick start for tests (C1 only); benchmarks replace this with the production JIT. */
	private List<String> jvmOptions = List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto");

	private AppProcess(Map<String, String> properties, Path log, int port) {
		this.properties = properties;
		this.log = log;
		this.port = port;
	}

	/**
	 * An application on the given database (a JDBC URL; an H2 file URL for the embedded mode) with its data
	 * directory, demo data on and the log written to {@code <dataDir>/app.log}.
	 */
	public static AppProcess on(Path dataDir, String jdbcUrl, String user, Map<String, String> extra) throws IOException {
		Files.createDirectories(dataDir);
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("server.port", String.valueOf(port));
		properties.put("spring.datasource.url", jdbcUrl);
		properties.put("spring.datasource.username", user);
		properties.put("spring.datasource.password", "");
		properties.put("kumkrong.data-dir", dataDir.toString());
		properties.put("kumkrong.master-key-file", dataDir.resolve("master-key.json").toString());
		// The test configuration on the class path would give every start a fresh index of its own.
		properties.put("kumkrong.search.index-dir", dataDir.resolve("index").toString());
		properties.put("kumkrong.generate-master-key", "true");
		properties.put("kumkrong.demo", "true");
		properties.put("server.servlet.session.cookie.secure", "false");
		properties.putAll(extra);
		return new AppProcess(properties, dataDir.resolve("app.log"), port);
	}

	/** An embedded (H2 file) application in its own data directory. */
	public static AppProcess embedded(Path dataDir, Map<String, String> extra) throws IOException {
		String url = "jdbc:h2:file:" + dataDir.resolve("db/kumkrong")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
		return on(dataDir, url, "sa", extra);
	}

	/** JVM options instead of the quick-start ones (for measurements: the full JIT, a fixed heap). */
	public AppProcess withJvmOptions(String... options) {
		this.jvmOptions = List.of(options);
		return this;
	}

	/** Starts the JVM (appending to the log) and waits until it answers its health check. */
	public AppProcess start(Duration timeout) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>();
		command.add(java);
		command.addAll(jvmOptions);
		properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(KumkrongApplication.class.getName());
		process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the application exited with " + process.exitValue() + "; see " + log);
			}
			try {
				HttpResponse<String> health = client.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("UP")) {
					return this;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("the application did not start within " + timeout + "; see " + log);
	}

	/** SIGKILL: no shutdown hook, no flush, no graceful close. */
	public void kill() throws InterruptedException {
		if (process != null) {
			process.destroyForcibly().waitFor();
		}
	}

	/** A graceful stop (SIGTERM), waiting for the JVM to end. */
	public void stop() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
	}

	public URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	public int port() {
		return port;
	}

	public Path log() {
		return log;
	}

	@Override
	public void close() throws InterruptedException {
		kill();
	}

}
