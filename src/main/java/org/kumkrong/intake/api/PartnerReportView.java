package org.kumkrong.intake.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a partner may read back about its own report: where it stands and its codes, never what was
 * written (that is for the hotline's eyes) and never what triage decided beyond the status.
 */
@Schema(name = "ReportStatusView")
public record PartnerReportView(UUID id, String reference, Instant receivedAt, Instant updatedAt,
		@Schema(allowableValues = { "RECEIVED", "IN_REVIEW", "SCREENED_IN", "SCREENED_OUT", "MERGED" }) String status,
		List<String> incidentTypes, String reporterReference) {
}
