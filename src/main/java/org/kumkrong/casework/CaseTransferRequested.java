package org.kumkrong.casework;

import java.time.Instant;
import java.util.UUID;

/** The owner of a case offered it to another agency, which must accept before it owns it. */
public record CaseTransferRequested(UUID caseId, String reference, UUID fromAgencyId, UUID toAgencyId, Instant at) {
}
