package org.kumkrong.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A partner's file arrived for a report it sent — perhaps after the report was screened in, so the case it
 * joined can still take it as evidence. Ids and codes only.
 */
public record ReportFileReceived(UUID reportId, String reportReference, UUID fileId, Instant at) {
}
