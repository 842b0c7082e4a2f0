package org.kumkrong.casework;

import java.time.Instant;
import java.util.UUID;

/** An outcome was recorded on a case. */
public record OutcomeRecorded(UUID caseId, String outcomeType, java.time.LocalDate occurredOn, String agencyType, String legalBasisCode) {
}
