package org.kumkrong.casework;

import java.time.Instant;
import java.util.UUID;

/**
 * A screened-in report joined a case (a new one or an existing one), so its files can become the case's
 * evidence.
 */
public record ReportJoinedCase(UUID caseId, UUID reportId, String reportReference, Instant at) {
}
