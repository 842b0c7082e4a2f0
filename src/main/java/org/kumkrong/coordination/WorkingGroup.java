package org.kumkrong.coordination;

/** The working group as other parts of the system see it. */
public interface WorkingGroup {

	/**
	 * Flags every open action whose due date (in Thailand) has passed and that was not flagged before, and
	 * publishes {@link ActionOverdue} for each. Run daily; safe to run again.
	 *
	 * @return how many actions were flagged now
	 */
	int flagOverdueActions();

}
