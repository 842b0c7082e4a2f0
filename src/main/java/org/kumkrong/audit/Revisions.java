package org.kumkrong.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Who made each Hibernate Envers revision, and when — for modules that show the history of their records
 * (a case's readable history) without reaching into the audit module's revision entity.
 */
public interface Revisions {

	/** The revisions with these numbers; unknown numbers are absent from the answer. */
	Map<Long, RevisionInfo> find(Collection<Long> numbers);

	/** One Envers revision: its number, when it was made, by whom and from which agency (either may be null). */
	record RevisionInfo(long number, Instant at, UUID actorId, UUID agencyId) {
	}
}
