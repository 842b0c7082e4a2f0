package org.kumkrong.audit;

import java.util.UUID;

/**
 * Records who did what to which record. Every call writes one entry inside the caller's transaction
 * (or its own, when there is none): if the caller's work rolls back, so does the entry, and if the entry
 * cannot be written, the work fails. Entries carry ids and codes only, never names or narrative.
 */
public interface AuditTrail {

	/**
	 * Records an action of the current actor (taken from the security context; a request without a
	 * signed-in actor is recorded as anonymous).
	 *
	 * @param action a stable dotted code, for example {@code account.user.disabled}
	 * @param recordType the kind of record touched, for example {@code account_user}
	 * @param recordId the record's id (UUID or human reference), or {@code null}
	 * @param outcome what happened
	 */
	void record(String action, String recordType, Object recordId, AuditOutcome outcome);

	/**
	 * Records an action on behalf of an explicit actor, for moments when the security context does not
	 * (yet) hold one, such as a failed sign-in.
	 *
	 * @param actorId the user (or partner client) id, or {@code null} when unknown
	 * @param agencyId the actor's agency, or {@code null}
	 */
	void record(UUID actorId, UUID agencyId, String action, String recordType, Object recordId, AuditOutcome outcome);

}
