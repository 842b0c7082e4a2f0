package org.kumkrong.statistics.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kumkrong.platform.KumkrongProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Command-line modes for the statistics read model, run once the application is ready (see
 * {@code KumkrongApplication}):
 * <ul>
 * <li>{@code rebuild-statistics} removes every fact projected from events and replays the kept events (the
 * publication registry keeps them after completion), oldest first, through the same projection as live
 * events; synthetic facts stay;</li>
 * <li>{@code generate-statistics [N] [years]} adds N synthetic facts (default 1,000,000 over 5 years).</li>
 * </ul>
 * Demo data: the first start with demo data on adds {@code kumkrong.statistics.demo-facts} synthetic facts
 * (default 30,000 over 3 years), so that the dashboard and the public page have something to show.
 */
@Component
class StatisticsCommands {

	private static final Logger log = LoggerFactory.getLogger(StatisticsCommands.class);

	static final String REBUILD = "rebuild-statistics";

	static final String GENERATE = "generate-statistics";

	private final FactStore store;

	private final FactProjector projector;

	private final FactMemory memory;

	private final SyntheticFacts synthetic;

	private final EventSerializer serializer;

	private final TransactionTemplate transactions;

	private final KumkrongProperties properties;

	private final StatisticsService statistics;

	private final FactListeners listeners;

	private final JdbcClient jdbc;

	private final ConfigurableApplicationContext context;

	private final int demoFacts;

	StatisticsCommands(FactStore store, FactProjector projector, FactMemory memory, SyntheticFacts synthetic,
			EventSerializer serializer, PlatformTransactionManager transactionManager, KumkrongProperties properties,
			StatisticsService statistics, FactListeners listeners, JdbcClient jdbc, ConfigurableApplicationContext context,
			@org.springframework.beans.factory.annotation.Value("${kumkrong.statistics.demo-facts:30000}") int demoFacts) {
		this.store = store;
		this.projector = projector;
		this.memory = memory;
		this.synthetic = synthetic;
		this.serializer = serializer;
		this.transactions = new TransactionTemplate(transactionManager);
		this.properties = properties;
		this.statistics = statistics;
		this.listeners = listeners;
		this.jdbc = jdbc;
		this.context = context;
		this.demoFacts = demoFacts;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 10)
	void run(ApplicationReadyEvent event) {
		List<String> words = Arrays.stream(event.getArgs()).filter(word -> !word.startsWith("--")).toList();
		String command = words.isEmpty() ? "" : words.get(0);
		switch (command) {
			case REBUILD -> {
				int status = 0;
				try {
					rebuild();
				}
				catch (RuntimeException ex) {
					log.error("Rebuilding the statistics failed", ex);
					status = 1;
				}
				exit(status);
			}
			case GENERATE -> {
				int status = 0;
				try {
					int count = words.size() > 1 ? Integer.parseInt(words.get(1)) : 1_000_000;
					int years = words.size() > 2 ? Integer.parseInt(words.get(2)) : 5;
					generate(count, years, System.nanoTime());
				}
				catch (RuntimeException ex) {
					log.error("Generating statistics failed", ex);
					status = 1;
				}
				exit(status);
			}
			default -> {
				if (properties.demoData() && demoFacts > 0 && store.count('S') == 0
						&& jdbc.sql("select count(*) from statistics_fact").query(Long.class).single() < demoFacts) {
					generate(demoFacts, 3, 20261128L);
					memory.sync();
				}
			}
		}
	}

	/** Replays every kept event into a fresh read model; answers how many events were applied. */
	long rebuild() {
		Map<String, Class<?>> types = new HashMap<>();
		for (Class<?> type : FactProjector.EVENTS) {
			types.put(type.getName(), type);
		}
		for (Class<?> type : LaterEvents.TYPES) {
			types.put(type.getName(), type);
		}
		long started = System.nanoTime();
		long[] applied = { 0 };
		// One projection at a time with live events; the old facts go first, in a transaction of their own.
		listeners.exclusively(() -> {
			transactions.executeWithoutResult(status -> store.clearEventFacts());
			transactions.executeWithoutResult(status -> store.events(List.copyOf(types.keySet()), (type, payload, published) -> {
				Object event = serializer.deserialize(payload, types.get(type));
				projector.apply(event, published);
				applied[0]++;
			}));
			transactions.executeWithoutResult(
					status -> jdbc.sql("insert into statistics_change (subject) values ('*')").update());
		});
		memory.reload();
		log.info("Statistics rebuilt from {} events in {} ms", applied[0], (System.nanoTime() - started) / 1_000_000);
		return applied[0];
	}

	/** Adds synthetic facts, in batches of 10,000, each batch its own transaction. */
	void generate(int count, int years, long seed) {
		long started = System.nanoTime();
		synthetic.generate(count, years, statistics.today(), seed,
				batch -> transactions.executeWithoutResult(status -> store.insertBatch(batch, 'S')));
		log.info("{} synthetic statistics facts added in {} ms", count, (System.nanoTime() - started) / 1_000_000);
	}

	private void exit(int status) {
		System.exit(SpringApplication.exit(context, () -> status));
	}

}
