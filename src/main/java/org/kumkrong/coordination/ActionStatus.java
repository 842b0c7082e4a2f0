package org.kumkrong.coordination;

/** Where a priority action stands. DONE and DROPPED are final: such an action is never overdue. */
public enum ActionStatus {

	PLANNED, IN_PROGRESS, BLOCKED, DONE, DROPPED;

	/** Whether the action still has to be done (and so can be overdue). */
	public boolean open() {
		return this != DONE && this != DROPPED;
	}

}
