package org.kumkrong.casework;

import java.time.Instant;
import java.util.UUID;

/** A closed case was reopened. */
public record CaseReopened(UUID caseId, UUID agencyId, String agencyType, String provinceCode, Instant at, String reasonCode) {
}
