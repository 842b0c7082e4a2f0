/**
 * The working group: the partnership's objectives, priority actions (owner agency, lead, due date, status,
 * dated progress notes), meetings with their participating agencies, agenda, minutes and decisions (a
 * decision can create actions), and the law-reform tracker. A coordinator dashboard shows actions by status
 * and owner, overdue ones, next meetings and the statistics each objective is meant to move; a meeting pack
 * gives actions and decisions as PDF and CSV.
 * <p>
 * Owns tables {@code coordination_*}. Publishes {@link org.kumkrong.coordination.ActionOverdue} (found by
 * the daily check, once per action) and {@link org.kumkrong.coordination.ActionCompleted}, ids and codes
 * only. Uses account (permissions), directory (owner and participating agencies), reference (offence codes).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coordination")
package org.kumkrong.coordination;
