package org.kumkrong.casework.internal.search;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.casework.internal.CaseAccess;
import org.kumkrong.casework.internal.SavedSearch;
import org.kumkrong.casework.internal.SavedSearchRepository;
import org.kumkrong.platform.NotFoundException;
import org.kumkrong.platform.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case searches a staff member keeps by name. Each is only the query string of {@code /cases}: running it
 * searches again with the access of today, so a saved search never shows what its owner may no longer
 * see. Nobody sees, runs or deletes another person's saved searches.
 */
@Service
public class SavedSearches {

	static final int MAX_NAME = 100;

	static final int MAX_PER_USER = 50;

	private final SavedSearchRepository searches;

	private final AuditTrail audit;

	private final Clock clock;

	SavedSearches(SavedSearchRepository searches, AuditTrail audit, Clock clock) {
		this.searches = searches;
		this.audit = audit;
		this.clock = clock;
	}

	/** The actor's saved searches, by name. */
	@Transactional(readOnly = true)
	public List<SavedSearch> mine() {
		return searches.findByUserIdOrderByNameAsc(CaseAccess.actor().userId());
	}

	/** Keeps {@code query} under {@code name} for the actor. */
	@Transactional
	public SavedSearch save(String name, CaseQuery query) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
			throw new RuleViolationException("name", "casework.search.error.savedName", MAX_NAME);
		}
		UUID userId = CaseAccess.actor().userId();
		if (searches.findByUserIdOrderByNameAsc(userId).size() >= MAX_PER_USER) {
			throw new RuleViolationException("name", "casework.search.error.tooManySaved", MAX_PER_USER);
		}
		SavedSearch saved = searches.save(new SavedSearch(userId, trimmed, query.toQueryString(), clock.instant()));
		audit.record("casework.savedSearch.saved", "casework_saved_search", saved.id(), AuditOutcome.SUCCESS);
		return saved;
	}

	/** Deletes one of the actor's saved searches; another person's, or none, is "not found". */
	@Transactional
	public void delete(UUID id) {
		UUID userId = CaseAccess.actor().userId();
		SavedSearch saved = searches.findById(id).filter(search -> search.userId().equals(userId))
			.orElseThrow(() -> new NotFoundException("saved search"));
		searches.delete(saved);
		audit.record("casework.savedSearch.deleted", "casework_saved_search", saved.id(), AuditOutcome.SUCCESS);
	}

}
