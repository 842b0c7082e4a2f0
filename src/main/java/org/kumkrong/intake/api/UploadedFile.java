package org.kumkrong.intake.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The acknowledgement of an uploaded file: what Kumkrong computed while receiving it, so the partner can
 * compare it with what it sent and cite it in its own records.
 */
@Schema(name = "UploadedFile")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UploadedFile(@Schema(description = "The file's id in Kumkrong.") UUID id,
		@Schema(description = "The report the file belongs to.") UUID reportId,
		@Schema(description = "Which of the report's declared files this is (0-based index in its files).", example = "0") int declaredIndex,
		@Schema(description = "What the content is, as its bytes show.", allowableValues = { "IMAGE_PNG", "IMAGE_JPEG", "TEXT",
				"PDF", "ZIP", "VIDEO_MP4", "VIDEO_WEBM" }) String kind,
		@Schema(example = "image/png") String mediaType,
		@Schema(description = "Bytes received.", example = "48213") long size,
		@Schema(description = "SHA-256 of the bytes received (lowercase hex).") String sha256,
		@Schema(description = "SHA-1 of the bytes received (lowercase hex).") String sha1,
		@Schema(description = "MD5 of the bytes received (lowercase hex).") String md5,
		@Schema(description = "Pixels, for images.") Integer width,
		@Schema(description = "Pixels, for images.") Integer height,
		@Schema(description = "When Kumkrong kept the file.") Instant receivedAt) {
}
