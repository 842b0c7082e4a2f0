package org.kumkrong.casework;

import java.util.UUID;

/** A child of a case as anyone on the team may see it: the pseudonymous code and the non-identifying fields. */
public record ChildSummary(UUID id, String code, String ageBand, String sex, String provinceCode) {
}
