package org.kumkrong.casework;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** What other modules may know of a visible case: no child, no narrative. */
public record CaseSummary(UUID id, String reference, String title, UUID ownerAgencyId, CaseStatus status,
		CasePriority priority, String provinceCode, Instant openedAt, Set<UUID> teamAgencyIds) {

	public CaseSummary {
		teamAgencyIds = Set.copyOf(teamAgencyIds);
	}
}
