package org.kumkrong.training.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One version of a course: what it says, whom it is for and how its final assessment is passed.
 *
 * @param audienceRoles role names it is meant for (empty: everyone)
 * @param maxAttempts attempts allowed at the assessment, 0 for no limit
 * @param questionsPerAttempt questions drawn for an attempt, 0 for all
 */
public record CourseVersion(UUID courseId, String slug, int version, Status status, Texts title, Texts description,
		Set<String> audienceRoles, int passMarkPercent, int maxAttempts, int questionsPerAttempt, Instant publishedAt) {

	public enum Status {
		DRAFT, PUBLISHED
	}

	public boolean isDraft() {
		return status == Status.DRAFT;
	}

	/** The languages the course's title is written in ("en", "th"). */
	public List<String> languages() {
		return title.en().isBlank() ? List.of("th") : title.th().isBlank() ? List.of("en") : List.of("th", "en");
	}

	public boolean meantFor(Set<String> roles) {
		return audienceRoles.isEmpty() || roles.stream().anyMatch(audienceRoles::contains);
	}

}
