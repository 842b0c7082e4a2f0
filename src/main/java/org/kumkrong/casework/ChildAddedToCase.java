package org.kumkrong.casework;

import java.time.Instant;
import java.util.UUID;

/** A child was added to a case (codes only: nothing identifies the child). */
public record ChildAddedToCase(UUID caseId, UUID childId, String ageBand, String sex, String provinceCode) {
}
