package org.kumkrong.evidence;

import java.time.Instant;
import java.util.UUID;

/**
 * A file became evidence of a case. {@code origin} is {@code UPLOAD}, {@code REPORT_SCREENSHOT} or
 * {@code PARTNER_FILE}; {@code kind} the file's type as its content shows ({@code IMAGE_PNG}, {@code TEXT} …).
 */
public record EvidenceAdded(UUID evidenceId, UUID caseId, String origin, String kind, Instant at) {
}
