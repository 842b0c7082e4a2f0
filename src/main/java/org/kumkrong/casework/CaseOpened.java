package org.kumkrong.casework;

import java.time.Instant;
import java.util.UUID;

/** A case was opened: from a report (reason {@code REPORT}) or directly by staff ({@code DIRECT}). */
public record CaseOpened(UUID caseId, String reference, UUID agencyId, String agencyType, String provinceCode, Instant at, String reasonCode) {
}
