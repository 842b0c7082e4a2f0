package org.kumkrong.intake.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.kumkrong.intake.ReportChannel;
import org.kumkrong.intake.ReportPriority;
import org.kumkrong.intake.ReportStatus;
import org.kumkrong.intake.ScreenOutReason;

/**
 * A stored report's plain columns: what the triage queue shows and filters by, and where the report
 * stands. The reporter's own words are in {@link ReportSubmission}, read separately (and audited).
 */
public record StoredReport(UUID id, String reference, ReportChannel channel, ReportStatus status,
		ReportPriority priority, Instant receivedAt, Instant updatedAt, ReportSubmission.ReporterKind reporterKind,
		String reporterAgeBand, List<String> offenceCodes, String provinceCode, String platformCode,
		String victimAgeBand, ReportSubmission.Danger danger, UUID partnerAgencyId, String partnerReference,
		UUID mergedInto, String caseReference, UUID caseOwnerAgencyId, ScreenOutReason screenOutReason,
		Instant decidedAt, UUID decidedBy, boolean hasContact, long version, int knownMatches) {

	public String offenceCode() {
		return offenceCodes.isEmpty() ? null : offenceCodes.get(0);
	}

}
