package org.kumkrong.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * Triage closed a report without a case, for a reason code of {@link ScreenOutReason}.
 */
public record ReportScreenedOut(ReportId reportId, Instant decidedAt, UUID decidedBy, ScreenOutReason reason,
		ReportChannel channel) {
}
