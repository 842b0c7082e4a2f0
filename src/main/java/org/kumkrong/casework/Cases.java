package org.kumkrong.casework;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Cases as other modules see them (referral, evidence). Access is casework's alone: a case is visible to
 * the users of the agencies on its team, and every "visible" method here applies that rule to the current
 * actor, so a module built on this facade cannot show a case the actor may not see.
 */
public interface Cases {

	/** The case, if the current actor's agency is on its team. */
	Optional<CaseSummary> visible(UUID caseId);

	/** The case, if the current actor's agency is on its team; otherwise {@link CaseNotFoundException}. */
	default CaseSummary requireVisible(UUID caseId) {
		return visible(caseId).orElseThrow(CaseNotFoundException::new);
	}

	/** The case whatever the actor, for listeners and jobs that act for the system (never shown as such). */
	Optional<CaseSummary> find(UUID caseId);

	/**
	 * Cases owned by an agency, most recently changed first, whatever the actor — for jobs and demo data
	 * that act for the system, never shown as such.
	 */
	List<CaseSummary> ownedBy(UUID agencyId, int limit);

	/** The cases a report joined, whatever the actor — for listeners that act for the system (never shown as such). */
	List<UUID> joinedBy(UUID reportId);

	/** The case's children (merged-away records left out), pseudonymous, in the order they were added. */
	List<ChildSummary> children(UUID caseId);

	/**
	 * Adds an agency to the case's team (for example on accepting a referral), audited as
	 * {@code casework.team.joined} and shown on the timeline. An agency already on the team keeps its access.
	 */
	void admit(UUID caseId, UUID agencyId, TeamAccess access);

	/**
	 * Raises the case's priority on behalf of another module (never lowers it), with a timeline entry (a
	 * message key of that module and its arguments) saying why; audited as {@code casework.case.priorityRaised}.
	 * @return whether the priority changed
	 */
	boolean raisePriority(UUID caseId, CasePriority priority, String messageKey, List<String> arguments);

	/**
	 * Appends an entry to the case's timeline on behalf of another module: a message key of that module
	 * (for example {@code referral.timeline.requested}) and its arguments (codes and references only).
	 */
	void addToTimeline(UUID caseId, String messageKey, List<String> arguments);

}
