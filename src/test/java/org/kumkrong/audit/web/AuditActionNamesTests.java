package org.kumkrong.audit.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action code the application writes to the audit trail (found in the sources, in calls of
 * {@code audit.record(...)}) has a plain-language name in English and Thai for the audit page.
 */
class AuditActionNamesTests {

	static final Pattern RECORD_CALL = Pattern.compile("audit\\.record\\((.*?)\\);", Pattern.DOTALL);

	static final Pattern ACTION = Pattern.compile("\"([a-z]+\\.[a-zA-Z]+(?:\\.[a-zA-Z]+)*)\"");

	@Test
	void everyRecordedActionHasANameInBothLanguages() throws IOException {
		Set<String> actions = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher call = RECORD_CALL.matcher(Files.readString(file));
				while (call.find()) {
					Matcher action = ACTION.matcher(call.group(1));
					if (action.find()) {
						actions.add(action.group(1));
					}
				}
			}
		}
		assertThat(actions).as("actions found in the sources").hasSizeGreaterThan(25)
			.contains("account.signIn.success", "account.user.disabled", "directory.agency.created");
		// Names live in each module's messages (AuditActionLabels asks the whole message source).
		Properties english = new Properties();
		Properties thai = new Properties();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
				String name = file.getFileName().toString();
				(name.endsWith("_th.properties") ? thai : english).putAll(load("messages/" + name));
			}
		}
		for (String action : actions) {
			assertThat(english.getProperty("audit.action." + action)).as("English name of " + action).isNotBlank();
			assertThat(thai.getProperty("audit.action." + action)).as("Thai name of " + action).isNotBlank();
		}
	}

	static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = AuditActionNamesTests.class.getClassLoader().getResourceAsStream(resource)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
