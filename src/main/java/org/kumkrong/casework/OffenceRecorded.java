package org.kumkrong.casework;

import java.time.Instant;
import java.util.UUID;

/** An offence code was recorded on an incident (one event per code; activity and flags are the taxonomy's parts of the code). */
public record OffenceRecorded(UUID caseId, UUID incidentId, String offenceCode, String activity, java.util.List<String> flags, String platformCode, String provinceCode, java.time.LocalDate occurredOn) {
}
