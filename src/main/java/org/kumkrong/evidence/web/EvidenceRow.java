package org.kumkrong.evidence.web;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.kumkrong.directory.Agencies;
import org.kumkrong.evidence.internal.EvidenceLocker;

/** One evidence item in a list: what it is, never what it shows (no thumbnails). */
public record EvidenceRow(UUID id, String reference, String caseReference, String kind, long size, String origin,
		String originRef, Instant acquiredAt, String agency, boolean intact, int matchCount) {

	/** The row of an item of the case with this reference, its agency named in the reader's language. */
	static EvidenceRow of(EvidenceLocker.Item item, String caseReference, Agencies agencies, Locale locale) {
		return new EvidenceRow(item.id(), item.reference(), caseReference, item.kind().name(), item.size(), item.origin(),
				item.originRef(), item.acquiredAt(),
				item.acquiredAgency() == null ? "" : agencies.name(item.acquiredAgency(), locale), item.intact(),
				item.matchCount());
	}

}
