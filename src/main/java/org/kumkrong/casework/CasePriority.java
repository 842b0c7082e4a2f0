package org.kumkrong.casework;

/** How urgently a case must be worked; from the report's priority when it came from one. */
public enum CasePriority {
	URGENT, HIGH, NORMAL, LOW
}
