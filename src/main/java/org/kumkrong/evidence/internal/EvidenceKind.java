package org.kumkrong.evidence.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file accepted as evidence, told by their first bytes only — never by the name or the type a
 * browser declares. Images are the only kind ever decoded (for the blurred preview and PDQ); text is shown as
 * text; everything else is only downloaded.
 */
public enum EvidenceKind {

	IMAGE_PNG("image/png", "png"), IMAGE_JPEG("image/jpeg", "jpg"), IMAGE_GIF("image/gif", "gif"),
	IMAGE_WEBP("image/webp", "webp"), VIDEO_MP4("video/mp4", "mp4"), VIDEO_WEBM("video/webm", "webm"),
	PDF("application/pdf", "pdf"), ZIP("application/zip", "zip"), TEXT("text/plain; charset=UTF-8", "txt");

	/** How many first bytes {@link #of} looks at. */
	public static final int HEAD_BYTES = 8192;

	private final String mediaType;

	private final String extension;

	EvidenceKind(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	/** Whether the system decodes it (PNG and JPEG: blurred preview, reveal, PDQ). */
	public boolean decodedImage() {
		return this == IMAGE_PNG || this == IMAGE_JPEG;
	}

	public boolean image() {
		return name().startsWith("IMAGE_");
	}

	public boolean video() {
		return name().startsWith("VIDEO_");
	}

	/**
	 * The kind of a file from its first bytes ({@code length} of {@code head}, at most {@link #HEAD_BYTES});
	 * {@code complete} says whether the head is the whole file (text may then end anywhere).
	 */
	public static Optional<EvidenceKind> of(byte[] head, int length, boolean complete) {
		if (starts(head, length, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(IMAGE_PNG);
		}
		if (starts(head, length, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(IMAGE_JPEG);
		}
		if (starts(head, length, 'G', 'I', 'F', '8')) {
			return Optional.of(IMAGE_GIF);
		}
		if (starts(head, length, 'R', 'I', 'F', 'F') && length >= 12 && head[8] == 'W' && head[9] == 'E' && head[10] == 'B'
				&& head[11] == 'P') {
			return Optional.of(IMAGE_WEBP);
		}
		if (length >= 12 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
			return Optional.of(VIDEO_MP4);
		}
		if (starts(head, length, 0x1A, 0x45, 0xDF, 0xA3)) {
			return Optional.of(VIDEO_WEBM);
		}
		if (starts(head, length, '%', 'P', 'D', 'F', '-')) {
			return Optional.of(PDF);
		}
		if (starts(head, length, 'P', 'K', 0x03, 0x04)) {
			return Optional.of(ZIP);
		}
		if (length > 0 && text(head, length, complete)) {
			return Optional.of(TEXT);
		}
		return Optional.empty();
	}

	private static boolean starts(byte[] head, int length, int... signature) {
		if (length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((head[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

	/** UTF-8 without NUL or other control bytes than tab, line feed, carriage return and form feed. */
	private static boolean text(byte[] head, int length, boolean complete) {
		for (int i = 0; i < length; i++) {
			int b = head[i] & 0xFF;
			if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
				return false;
			}
		}
		int end = length;
		if (!complete) {
			// The head may cut a multi-byte character: leave out an incomplete last sequence.
			int back = 0;
			while (back < 3 && end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0x80) {
				back++;
			}
			if (end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0xC0) {
				end = end - back - 1;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(Arrays.copyOf(head, end)));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** The kind of a report file from its media type (intake checked its content when it arrived). */
	public static Optional<EvidenceKind> ofMediaType(String mediaType) {
		if (mediaType == null) {
			return Optional.empty();
		}
		String type = mediaType.toLowerCase(java.util.Locale.ROOT);
		for (EvidenceKind kind : values()) {
			if (kind.mediaType.startsWith(type.split(";")[0].strip())) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
