package org.kumkrong.audit;

/** Whether the audited action happened. */
public enum AuditOutcome {
	SUCCESS, FAILURE, DENIED
}
