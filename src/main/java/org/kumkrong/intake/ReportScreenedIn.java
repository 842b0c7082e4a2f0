package org.kumkrong.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Triage decided a report needs a case. Either {@code newCaseOwnerAgencyId} is set (open a new case owned
 * by that agency) or {@code existingCaseReference} is ({@code KK-YYYY-NNNNNN}: extend that case with this
 * report). {@code reportReference} is the report's human reference ({@code RP-YYYY-NNNNNNN}). The codes are the report's classification at the moment of the decision.
 */
public record ReportScreenedIn(ReportId reportId, String reportReference, Instant decidedAt, UUID decidedBy, UUID newCaseOwnerAgencyId,
		String existingCaseReference, ReportChannel channel, List<String> offenceCodes, String provinceCode,
		String ageBand, String platformCode, ReportPriority priority) {

	public ReportScreenedIn {
		offenceCodes = offenceCodes == null ? List.of() : List.copyOf(offenceCodes);
		if ((newCaseOwnerAgencyId == null) == (existingCaseReference == null)) {
			throw new IllegalArgumentException("exactly one of new case owner and existing case must be given");
		}
	}

	/** Whether a new case is to be opened (rather than an existing one extended). */
	public boolean opensNewCase() {
		return newCaseOwnerAgencyId != null;
	}

}
