package org.kumkrong.training;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone passed a course's final assessment: which course and version, in which role, at which kind of
 * agency and in which province (ISO 3166-2:TH code). Ids and codes only; never who.
 *
 * @param role the account role the course counted for (for example {@code INVESTIGATOR})
 * @param agencyType the {@code AGENCY_TYPE} code of the person's agency (for example {@code POLICE})
 */
public record TrainingCompleted(UUID courseId, int version, String role, String agencyType, String provinceCode,
		Instant at) {
}
