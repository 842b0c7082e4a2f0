package org.kumkrong.intake;

import java.time.Instant;
import java.util.UUID;

/** A file of a sent report: a reporter's screenshot or a partner's uploaded file. No names, no content. */
public record ReportFile(UUID fileId, String origin, String mediaType, long size, String sha256, String sha1,
		String md5, Integer width, Integer height, Integer declaredIndex, Instant receivedAt) {
}
