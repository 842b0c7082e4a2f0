package org.kumkrong.casework.internal.search;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.casework.CasePriority;
import org.kumkrong.casework.CaseStatus;
import org.kumkrong.casework.internal.CaseAccess;
import org.kumkrong.casework.internal.CaseFile;
import org.kumkrong.casework.internal.SuspectIdentifier;
import org.kumkrong.platform.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case search over the Lucene index. The access rule ({@link CaseAccess}: the actor's agency on the case
 * team) is a filter inside the query itself, so paging and totals count only cases the actor may see, and
 * nothing about another agency's case (not even that it matched) leaves the index.
 */
@Service
public class CaseSearch {

	public static final int PAGE_SIZE = 25;

	/** Deeper pages than this are not served: 10,000 results is more than anyone reads. */
	public static final int MAX_PAGE = 400;

	/** Dates in a query are days in Thailand. */
	static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

	/** One row of the result list, read from the index (no database access). */
	public record CaseHit(UUID id, String reference, String title, CaseStatus status, CasePriority priority,
			String provinceCode, UUID ownerAgencyId, Instant openedAt) {
	}

	/** A page of results (1-based) and how many cases match in all. */
	public record CaseHits(List<CaseHit> hits, long total, int page) {

		public int pages() {
			return (int) Math.min(MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		}

		public boolean hasNext() {
			return page < pages();
		}

	}

	@PersistenceContext
	private EntityManager entityManager;

	private final AuditTrail audit;

	CaseSearch(AuditTrail audit) {
		this.audit = audit;
	}

	/**
	 * One page of the cases the actor may see that match {@code query}, most recently changed first. Every
	 * case on the page is audited as listed to the actor.
	 */
	@Transactional
	public CaseHits search(CaseQuery query, int page) {
		Actor actor = CaseAccess.actor();
		int current = Math.max(1, Math.min(MAX_PAGE, page));
		SearchResult<List<?>> result = Search.session(entityManager).search(CaseFile.class)
			.select(f -> f.composite().from(f.id(UUID.class), f.field("reference", String.class), f.field("title", String.class),
					f.field("status", CaseStatus.class), f.field("priority", CasePriority.class),
					f.field("provinceCode", String.class), f.field("ownerAgencyId", UUID.class),
					f.field("openedAt", Instant.class)).asList())
			.where((f, root) -> {
				// The access rule, inside the query: cases whose team includes the actor's agency.
				root.add(f.match().field("team.agencyId").matching(actor.agencyId()));
				if (query.reference() != null) {
					root.add(f.match().fields("reference", "reports.reportReference").matching(query.reference()));
				}
				if (query.child() != null) {
					root.add(f.match().field("children.code").matching(query.child()));
				}
				if (query.suspect() != null) {
					root.add(f.terms().field("suspects.identifiers.normalized").matchingAny(normalizedForms(query.suspect())));
				}
				if (query.offence() != null) {
					root.add(f.match().field("incidents.offences.offenceCode").matching(query.offence()));
				}
				if (query.platform() != null) {
					root.add(f.match().field("incidents.platformCodes").matching(query.platform()));
				}
				if (query.province() != null) {
					root.add(f.match().field("provinceCode").matching(query.province()));
				}
				if (query.status() != null) {
					root.add(f.match().field("status").matching(query.status()));
				}
				if (query.priority() != null) {
					root.add(f.match().field("priority").matching(query.priority()));
				}
				if (query.agency() != null) {
					root.add(f.match().field(query.ownerOnly() ? "ownerAgencyId" : "team.agencyId").matching(query.agency()));
				}
				if (query.from() != null) {
					root.add(f.range().field("openedAt").atLeast(query.from().atStartOfDay(THAILAND).toInstant()));
				}
				if (query.to() != null) {
					root.add(f.range().field("openedAt").lessThan(query.to().plusDays(1).atStartOfDay(THAILAND).toInstant()));
				}
				if (query.text() != null) {
					// Every word must be found (in any of the text fields); quotes, - and | work as in a search engine.
					root.add(f.simpleQueryString().fields(CaseSearchMapping.TEXT_FIELDS).matching(query.text())
						.defaultOperator(BooleanOperator.AND));
				}
			})
			.sort(f -> f.field("updatedAt").desc().then().field("reference").desc())
			.fetch((current - 1) * PAGE_SIZE, PAGE_SIZE);
		List<CaseHit> hits = result.hits().stream().map(CaseSearch::hit).toList();
		// One audit entry per case listed, not one per search: insider investigations ask "who has seen
		// case X, and when?", which only a row naming the case answers (the search words themselves may
		// be personal data, so they are not recorded).
		hits.forEach(hit -> audit.record("casework.case.listed", "casework_case", hit.id(), AuditOutcome.SUCCESS));
		return new CaseHits(hits, result.total().hitCount(), current);
	}

	/** What an identifier typed by a user may be stored as, whichever kind of identifier it is. */
	static Set<String> normalizedForms(String value) {
		Set<String> forms = new LinkedHashSet<>();
		for (SuspectIdentifier.Kind kind : SuspectIdentifier.Kind.values()) {
			String form = SuspectIdentifier.normalize(kind, value);
			if (!form.isEmpty()) {
				forms.add(form);
			}
		}
		if (forms.isEmpty()) {
			forms.add(value);
		}
		return forms;
	}

	private static CaseHit hit(List<?> row) {
		return new CaseHit((UUID) row.get(0), (String) row.get(1), (String) row.get(2), (CaseStatus) row.get(3),
				(CasePriority) row.get(4), (String) row.get(5), (UUID) row.get(6), (Instant) row.get(7));
	}

}
