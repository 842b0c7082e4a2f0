package org.kumkrong.intake;

/**
 * How urgent a report is, in the order the triage queue serves them: a child in danger now first, then
 * ongoing contact between an offender and a child, then victims under 13, then everything else (oldest
 * first within each priority).
 */
public enum ReportPriority {

	DANGER_NOW(1), ONGOING_CONTACT(2), UNDER_13(3), STANDARD(4);

	private final int rank;

	ReportPriority(int rank) {
		this.rank = rank;
	}

	/** 1 is the most urgent. */
	public int rank() {
		return rank;
	}

	public static ReportPriority ofRank(int rank) {
		for (ReportPriority priority : values()) {
			if (priority.rank == rank) {
				return priority;
			}
		}
		throw new IllegalArgumentException("no priority of rank " + rank);
	}

}
