package org.kumkrong.casework.internal;

/** Why a closed case was reopened. */
public enum ReopenReason {
	NEW_EVIDENCE, NEW_REPORT, NEW_VICTIM_IDENTIFIED, APPEAL, CLOSED_IN_ERROR, OTHER
}
