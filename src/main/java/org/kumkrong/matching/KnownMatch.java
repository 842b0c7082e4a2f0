package org.kumkrong.matching;

import java.util.UUID;

/**
 * One reason a file is known: an entry of a hash list, or a file this system already holds (a sighting).
 * Ids and codes only; whoever shows it decides what the viewer may learn of the other case.
 *
 * @param kind which hash matched
 * @param distance the PDQ distance in bits (0 for an exact match)
 * @param listId the hash list, for a list match
 * @param listName the list's name, for a list match
 * @param listVersion the list's version, for a list match
 * @param category what the list says the file is ({@code null} for a sighting)
 * @param sightingKind what the other file is ({@code EVIDENCE}), for a sighting
 * @param sourceId the other file's record (an evidence item), for a sighting
 * @param caseId the other file's case, for a sighting
 * @param agencyId the agency that holds the other file, for a sighting
 */
public record KnownMatch(MatchKind kind, int distance, UUID listId, String listName, Integer listVersion,
		HashCategory category, String sightingKind, UUID sourceId, UUID caseId, UUID agencyId) {

	/** Whether the match is against a hash list (rather than another file of this system). */
	public boolean fromList() {
		return listId != null;
	}

	/** Whether the match should make the case more urgent: known abuse material, or the same file elsewhere. */
	public boolean raisesPriority() {
		return fromList() ? category != null && category.raisesPriority() : true;
	}

}
