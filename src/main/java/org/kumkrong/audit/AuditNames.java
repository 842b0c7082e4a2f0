package org.kumkrong.audit;

import java.util.Optional;
import java.util.UUID;

/**
 * Names for the ids in audit entries, so the audit page can show "somchai.k" and "DSI Bangkok" rather
 * than bare UUIDs without the audit module depending on accounts or the directory. The account module
 * implements the user half and the directory module the agency half (as beans); an empty answer lets
 * the next implementation try, and the page falls back to the id.
 */
public interface AuditNames {

	/** A readable label (username) for a user or partner client id. */
	default Optional<String> userLabel(UUID userId) {
		return Optional.empty();
	}

	/** A readable label (short name) for an agency id. */
	default Optional<String> agencyLabel(UUID agencyId) {
		return Optional.empty();
	}

	/** Agencies to offer in the audit search, id to name in the reader's language (empty: a text field). */
	default java.util.Map<UUID, String> agencyChoices() {
		return java.util.Map.of();
	}

	/** The user id behind a username typed into the audit search. */
	default Optional<UUID> userIdByUsername(String username) {
		return Optional.empty();
	}

}
