package org.kumkrong.notification;

/** Why someone was notified. */
public enum NotificationKind {

	/** A report says a child may be in danger right now: someone at an intake desk must open it at once. */
	DANGER_NOW

}
