package org.kumkrong.casework;

/** Where a case stands. A closed case carries a reason and can be reopened with one. */
public enum CaseStatus {
	OPEN, INVESTIGATION, PROSECUTION, TRIAL, CLOSED;

	public boolean closed() {
		return this == CLOSED;
	}
}
