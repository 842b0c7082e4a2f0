package org.kumkrong.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A task on a case was given to someone. */
public record TaskAssigned(UUID caseId, String reference, UUID taskId, UUID assigneeId, LocalDate dueOn, Instant at) {
}
