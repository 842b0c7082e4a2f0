package org.kumkrong.notification;

/** Why someone was notified. */
public enum NotificationKind {

	/** A report says a child may be in danger right now: someone at an intake desk must open it at once. */
	DANGER_NOW,
	/** A case was referred to the reader's agency: someone must accept or decline it. */
	REFERRAL_REQUESTED,
	/** The reader's referral was accepted. */
	REFERRAL_ACCEPTED,
	/** The reader's referral was declined. */
	REFERRAL_DECLINED,
	/** The reader's referral was completed. */
	REFERRAL_COMPLETED,
	/** A referral to the reader's agency was withdrawn by its sender. */
	REFERRAL_WITHDRAWN,
	/** A referral the reader made or must answer is past its response deadline. */
	REFERRAL_OVERDUE,
	/** A case is offered to the reader's agency by transfer. */
	CASE_TRANSFER_REQUESTED,
	/** The reader was given a task on a case. */
	TASK_ASSIGNED,
	/** A working-group action owned by the reader's agency is past its due date. */
	ACTION_OVERDUE

}
