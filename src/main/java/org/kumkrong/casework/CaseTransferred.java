package org.kumkrong.casework;

import java.time.Instant;
import java.util.UUID;

/** The receiving agency accepted a transfer and now owns the case ({@code agencyId} is the new owner; the reason code is the former owner's agency type). */
public record CaseTransferred(UUID caseId, UUID agencyId, String agencyType, String provinceCode, Instant at, String reasonCode) {
}
