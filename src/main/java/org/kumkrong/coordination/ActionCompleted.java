package org.kumkrong.coordination;

import java.time.Instant;
import java.util.UUID;

/** A priority action of the working group was marked done; ids and codes only. */
public record ActionCompleted(UUID actionId, UUID ownerAgencyId, String objectiveCode, Instant at) {
}
