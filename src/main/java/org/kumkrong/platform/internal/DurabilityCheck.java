package org.kumkrong.platform.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kumkrong.platform.KumkrongProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An acknowledged report must never be lost (SECURITY.md, durability settings): on PostgreSQL the
 * server settings that make a commit durable are read at start, and any that is off is reported loudly.
 * On the embedded database the URL carries WRITE_DELAY=0 (see README for what that does and does not cover).
 */
@Component
class DurabilityCheck {

	private static final Logger log = LoggerFactory.getLogger(DurabilityCheck.class);

	private final JdbcTemplate jdbc;

	private final KumkrongProperties properties;

	DurabilityCheck(JdbcTemplate jdbc, KumkrongProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void check() {
		if (properties.embedded()) {
			if (properties.datasourceUrl() != null && properties.datasourceUrl().startsWith("jdbc:h2:file:")
					&& !properties.datasourceUrl().contains("WRITE_DELAY=0")) {
				log.error("DURABILITY: the embedded database URL lacks WRITE_DELAY=0; committed work can be lost on a crash");
			}
			return;
		}
		Map<String, String> unsafe = unsafeSettings();
		if (unsafe.isEmpty()) {
			log.info("Durability settings checked: fsync, synchronous_commit and full_page_writes are on");
		}
		else {
			log.error("DURABILITY: PostgreSQL settings {} can lose acknowledged reports on a crash; turn them on", unsafe);
		}
	}

	Map<String, String> unsafeSettings() {
		Map<String, String> unsafe = new LinkedHashMap<>();
		for (String setting : new String[] { "fsync", "synchronous_commit", "full_page_writes" }) {
			String value = jdbc.queryForObject("select current_setting(?)", String.class, setting);
			if (value == null || value.equalsIgnoreCase("off")) {
				unsafe.put(setting, value);
			}
		}
		return unsafe;
	}

}
