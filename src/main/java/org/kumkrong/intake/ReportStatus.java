package org.kumkrong.intake;

/**
 * Where a report stands. {@code RECEIVED} and {@code IN_REVIEW} wait in the triage queue;
 * {@code SCREENED_IN} went on to a case, {@code SCREENED_OUT} was closed with a reason, {@code MERGED}
 * was a duplicate joined to another report.
 */
public enum ReportStatus {

	RECEIVED, IN_REVIEW, SCREENED_IN, SCREENED_OUT, MERGED;

	/** Whether a report in this status still waits for a triage decision. */
	public boolean open() {
		return this == RECEIVED || this == IN_REVIEW;
	}

}
