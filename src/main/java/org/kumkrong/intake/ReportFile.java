package org.kumkrong.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A file that came with a report, as it was hashed on arrival: enough to adopt it as evidence, hash it for
 * matching and show its chain of custody from the first moment, without its name or content.
 *
 * @param fileId the id of the file in platform's encrypted file store (and of intake's record of it)
 * @param origin {@code SCREENSHOT} (attached to the public form) or {@code PARTNER} (uploaded by the partner
 *        that sent the report)
 * @param mediaType the type its content showed on arrival ({@code image/png}, {@code text/plain; charset=utf-8},
 *        {@code application/pdf} …), never the type the sender claimed
 * @param size the plaintext length in bytes
 * @param sha256 lowercase hex of the plaintext, computed while it was streamed in; likewise sha1 and md5
 * @param width pixels, for images only
 * @param height pixels, for images only
 * @param declaredIndex for partner files, which of the report's declared files it is (0-based)
 * @param receivedAt when intake stored it
 */
public record ReportFile(UUID fileId, String origin, String mediaType, long size, String sha256, String sha1, String md5,
		Integer width, Integer height, Integer declaredIndex, Instant receivedAt) {
}
