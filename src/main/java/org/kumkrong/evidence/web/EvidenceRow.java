package org.kumkrong.evidence.web;

import java.time.Instant;
import java.util.UUID;

/** One evidence item in a list: what it is, never what it shows (no thumbnails). */
public record EvidenceRow(UUID id, String reference, String caseReference, String kind, long size, String origin,
		String originRef, Instant acquiredAt, String agency, boolean intact, int matchCount) {
}
