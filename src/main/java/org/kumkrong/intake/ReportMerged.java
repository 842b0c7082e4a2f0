package org.kumkrong.intake;

import java.time.Instant;
import java.util.UUID;

/** Triage found a report to be a duplicate and joined it to another; the other report carries on. */
public record ReportMerged(ReportId reportId, ReportId mergedInto, Instant decidedAt, UUID decidedBy, ReportChannel channel) {
}
