package org.kumkrong.evidence;

import java.time.Instant;
import java.util.UUID;

/**
 * An evidence item matched known content. {@code source} is {@code HASH_LIST} or {@code CASE} (another case's
 * evidence); {@code matchKind} is {@code SHA256}, {@code SHA1}, {@code MD5} or {@code PDQ}; {@code category} the
 * list's category code ({@code null} for a case match).
 */
public record EvidenceMatched(UUID evidenceId, UUID caseId, String source, String matchKind, String category,
		Instant at) {
}
