package org.kumkrong.casework;

import java.time.Instant;
import java.util.UUID;

/** A case was closed, with the reason code. */
public record CaseClosed(UUID caseId, UUID agencyId, String agencyType, String provinceCode, Instant at, String reasonCode) {
}
