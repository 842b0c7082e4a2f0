package org.kumkrong.training.internal;

import java.time.Instant;
import java.util.UUID;

/** A person taking one version of a course, and where they count in coverage. */
public record Enrolment(UUID id, UUID courseId, int version, UUID userId, UUID agencyId, String roleCode,
		String agencyType, String provinceCode, UUID enrolledBy, Instant enrolledAt, Instant completedAt,
		int attemptsUsed) {

	public boolean completed() {
		return completedAt != null;
	}

	public boolean selfEnrolled() {
		return userId.equals(enrolledBy);
	}

}
