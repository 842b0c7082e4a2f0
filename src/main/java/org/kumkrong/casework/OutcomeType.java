package org.kumkrong.casework;

/** Facts of a case's course through justice and support, each recorded with the date it happened. */
public enum OutcomeType {
	SUSPECT_IDENTIFIED, ARRESTED, CHARGED, PROSECUTION_DECLINED, CONVICTED, ACQUITTED, CHILD_SUPPORTED, CASE_CLOSED;

	/** Whether this outcome concerns one suspect (who must be named). */
	public boolean concernsSuspect() {
		return this == SUSPECT_IDENTIFIED || this == ARRESTED || this == CHARGED || this == PROSECUTION_DECLINED
				|| this == CONVICTED || this == ACQUITTED;
	}

	/** Whether this outcome concerns one child (who must be named). */
	public boolean concernsChild() {
		return this == CHILD_SUPPORTED;
	}
}
