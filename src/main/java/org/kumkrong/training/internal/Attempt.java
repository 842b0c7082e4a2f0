package org.kumkrong.training.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One go at a final assessment: the questions drawn, in the order shown, and its result once submitted. */
public record Attempt(UUID id, UUID enrolmentId, List<UUID> questionIds, Instant startedAt, Instant submittedAt,
		Integer scorePercent, Boolean passed, List<UUID> wrongIds) {

	public boolean submitted() {
		return submittedAt != null;
	}

}
