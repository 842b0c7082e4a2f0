package org.kumkrong.coordination;

import java.time.Instant;
import java.util.UUID;

/**
 * A priority action of the working group passed its due date without being done or dropped. Published once
 * per action by the daily check; ids and codes only.
 *
 * @param objectiveCode the code of the objective the action serves, such as {@code LAW_ENFORCEMENT}
 */
public record ActionOverdue(UUID actionId, UUID ownerAgencyId, String objectiveCode, Instant at) {
}
