package org.kumkrong.platform;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Installation settings, read from {@code KUMKRONG_*} environment variables (see README).
 *
 * @param dataDir where the embedded database, the encrypted file store and generated keys live
 * @param masterKeyFile the key that wraps every data key; generated when absent in embedded mode,
 *        required in production
 * @param demo whether synthetic demo data is seeded on start (default: on for the embedded database)
 * @param generateMasterKey whether a missing master key may be generated outside the embedded mode
 *        (test runs on PostgreSQL)
 * @param datasourceUrl the JDBC URL in use, which tells embedded mode from production
 * @param security lockout and session rules
 */
@ConfigurationProperties("kumkrong")
public record KumkrongProperties(Path dataDir, Path masterKeyFile, Boolean demo, boolean generateMasterKey,
		String datasourceUrl, Security security) {

	public KumkrongProperties {
		if (dataDir == null) {
			dataDir = Path.of("data");
		}
		if (masterKeyFile == null) {
			masterKeyFile = dataDir.resolve("master-key.json");
		}
		if (security == null) {
			security = new Security(5, Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(12));
		}
	}

	/** Whether the application runs on its embedded H2 database. */
	public boolean embedded() {
		return datasourceUrl == null || datasourceUrl.isBlank() || datasourceUrl.startsWith("jdbc:h2:");
	}

	/** Whether synthetic demo data is seeded: as configured, else only on the embedded database. */
	public boolean demoData() {
		return demo != null ? demo : embedded();
	}

	/**
	 * @param lockoutAttempts failed sign-ins within the window that lock an account (SECURITY.md row 2)
	 * @param lockoutWindow the sliding window for failed sign-ins, and how long a lock lasts
	 * @param sessionIdleTimeout idle time after which a staff session ends (row 4)
	 * @param sessionAbsoluteTimeout time after sign-in after which a staff session ends whatever happens
	 */
	public record Security(int lockoutAttempts, Duration lockoutWindow, Duration sessionIdleTimeout,
			Duration sessionAbsoluteTimeout) {
	}

}
