package org.kumkrong.casework.internal.search;

import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Command-line modes of the application for case search, and the rebuild of an empty index at start-up:
 * <ul>
 * <li>{@code java -jar kumkrong.jar generate-cases 100000} inserts that many synthetic cases and indexes them;</li>
 * <li>{@code java -jar kumkrong.jar reindex-cases} rebuilds the case index from the database.</li>
 * </ul>
 * A command runs once the application is ready and the demo data is seeded (the last of the ready
 * listeners), its web server on a free port (see {@code KumkrongApplication}); then it closes the
 * application context, which ends Hibernate Search's threads, and the JVM.
 */
@Component
class CaseCommands {

	private static final Logger log = LoggerFactory.getLogger(CaseCommands.class);

	static final String GENERATE = "generate-cases";

	static final String REINDEX = "reindex-cases";

	private final CaseIndex index;

	private final CaseGenerator generator;

	private final ConfigurableApplicationContext context;

	CaseCommands(CaseIndex index, CaseGenerator generator, ConfigurableApplicationContext context) {
		this.index = index;
		this.generator = generator;
		this.context = context;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void run(ApplicationReadyEvent event) throws Exception {
		List<String> words = Arrays.stream(event.getArgs()).filter(word -> !word.startsWith("--")).toList();
		String command = words.isEmpty() ? "" : words.get(0);
		switch (command) {
			case GENERATE -> {
				int count = words.size() > 1 ? Integer.parseInt(words.get(1)) : 100_000;
				int status = 0;
				try {
					generator.generate(count);
					index.rebuild();
				}
				catch (RuntimeException ex) {
					log.error("Generating cases failed", ex);
					status = 1;
				}
				exit(status);
			}
			case REINDEX -> {
				index.rebuild();
				exit(0);
			}
			default -> {
				if (index.documents() == 0 && index.casesExist()) {
					index.rebuildInBackground();
				}
			}
		}
	}

	private void exit(int status) {
		System.exit(SpringApplication.exit(context, () -> status));
	}

}
