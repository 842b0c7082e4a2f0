package org.kumkrong.casework.internal.search;

import java.util.concurrent.CompletionStage;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.kumkrong.casework.internal.CaseFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case index as a whole: whether it is empty while cases exist (a new installation of search, a
 * deleted index directory, a restored database), and rebuilding it from the database.
 */
@Component
public class CaseIndex {

	private static final Logger log = LoggerFactory.getLogger(CaseIndex.class);

	private final EntityManagerFactory entityManagers;

	private final JdbcTemplate jdbc;

	CaseIndex(EntityManagerFactory entityManagers, JdbcTemplate jdbc) {
		this.entityManagers = entityManagers;
		this.jdbc = jdbc;
	}

	/** How many cases the index holds. */
	public long documents() {
		try (EntityManager entityManager = entityManagers.createEntityManager()) {
			return Search.session(entityManager).search(CaseFile.class).where(f -> f.matchAll()).fetchTotalHitCount();
		}
	}

	/** Whether the database holds any case. */
	public boolean casesExist() {
		return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from casework_case)", Boolean.class));
	}

	/** Rebuilds the whole index from the database and waits until it is done. */
	public void rebuild() throws InterruptedException {
		long started = System.nanoTime();
		massIndexer(true).startAndWait();
		log.info("Case index rebuilt: {} cases in {} s", documents(), (System.nanoTime() - started) / 1_000_000_000L);
	}

	/** Rebuilds the whole index in the background; searches meanwhile see what is already indexed. */
	public CompletionStage<?> rebuildInBackground() {
		log.info("The case index is empty while cases exist: rebuilding it in the background");
		return massIndexer(false).start().whenComplete((done, failure) -> {
			if (failure != null) {
				log.error("Rebuilding the case index failed", failure);
			}
			else {
				log.info("Case index rebuilt: {} cases", documents());
			}
		});
	}

	private MassIndexer massIndexer(boolean purgeFirst) {
		SearchMapping mapping = Search.mapping(entityManagers);
		return mapping.scope(CaseFile.class).massIndexer()
			.threadsToLoadObjects(Math.max(1, Runtime.getRuntime().availableProcessors()))
			.batchSizeToLoadObjects(100)
			.purgeAllOnStart(purgeFirst)
			.mergeSegmentsOnFinish(true);
	}

}
