package org.kumkrong.evidence;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored evidence file no longer reads back as acquired: decryption failed (the file was altered, truncated
 * or replaced) or its SHA-256 differs from the one taken at acquisition. {@code check} is {@code DOWNLOAD} or
 * {@code SCHEDULED}.
 */
public record EvidenceIntegrityFailed(UUID evidenceId, UUID caseId, String check, Instant at) {
}
