package org.kumkrong.intake.api;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The acknowledgement of a stored report: given only after the report is committed, and given again,
 * byte for byte, whenever the same {@code Idempotency-Key} comes back with the same report.
 */
@Schema(name = "ReportReceipt")
public record ReportReceipt(@Schema(description = "The report's id, for GET /api/v1/reports/{id}.") UUID id,
		@Schema(description = "The reference people quote.", example = "RP-2026-0000123") String reference,
		Instant receivedAt,
		@Schema(description = "Where the report stands.", allowableValues = { "RECEIVED", "IN_REVIEW", "SCREENED_IN",
				"SCREENED_OUT", "MERGED" }) String status) {
}
