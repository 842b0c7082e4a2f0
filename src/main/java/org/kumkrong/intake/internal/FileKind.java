package org.kumkrong.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file intake accepts from partners, each known by its content, never by its name or the
 * type a sender claims (SECURITY.md row 11): the evidence of online exploitation is chat screenshots, chat
 * exports, documents, archives and videos. Anything else is refused.
 * <p>
 * Binary kinds are recognised by their first bytes; text is whatever else is valid UTF-8 without a NUL
 * byte (chat exports as {@code .txt}, {@code .json} or {@code .html}), checked over the whole file, so it
 * is always shown as plain text and never interpreted.
 */
public enum FileKind {

	IMAGE_PNG("image/png"),
	IMAGE_JPEG("image/jpeg"),
	/** UTF-8 text: served and shown as plain text whatever markup it holds. */
	TEXT("text/plain; charset=utf-8"),
	PDF("application/pdf"),
	/** A ZIP archive, or a format built on one (DOCX, XLSX, ODT, APK …). */
	ZIP("application/zip"),
	/** An ISO base media file ({@code ftyp} box first): MP4, and MOV and 3GP alike. */
	VIDEO_MP4("video/mp4"),
	/** An EBML file: WebM, and Matroska alike. */
	VIDEO_WEBM("video/webm");

	/** The most bytes any signature needs. */
	static final int HEAD_BYTES = 12;

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PDF_SIGNATURE = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] ZIP_SIGNATURE = { 'P', 'K', 0x03, 0x04 };

	private static final byte[] FTYP = { 'f', 't', 'y', 'p' };

	private static final byte[] EBML = { 0x1A, 0x45, (byte) 0xDF, (byte) 0xA3 };

	private static final int BUFFER_BYTES = 64 * 1024;

	private final String mediaType;

	FileKind(String mediaType) {
		this.mediaType = mediaType;
	}

	/** The media type the file is served and handed on as. */
	public String mediaType() {
		return mediaType;
	}

	public boolean image() {
		return this == IMAGE_PNG || this == IMAGE_JPEG;
	}

	/**
	 * The kind of a content, read from its start and, for text, to its end; empty when it is of no accepted
	 * kind (or empty). Does not close {@code content}.
	 */
	public static Optional<FileKind> of(InputStream content) throws IOException {
		byte[] head = content.readNBytes(HEAD_BYTES);
		FileKind binary = bySignature(head);
		if (binary != null) {
			return Optional.of(binary);
		}
		if (head.length == 0) {
			return Optional.empty();
		}
		return utf8WithoutNul(head, content) ? Optional.of(TEXT) : Optional.empty();
	}

	/** The binary kind the first bytes declare, or {@code null}. */
	static FileKind bySignature(byte[] head) {
		if (startsWith(head, 0, PNG)) {
			return IMAGE_PNG;
		}
		if (startsWith(head, 0, JPEG)) {
			return IMAGE_JPEG;
		}
		if (startsWith(head, 0, PDF_SIGNATURE)) {
			return PDF;
		}
		if (startsWith(head, 0, ZIP_SIGNATURE)) {
			return ZIP;
		}
		// ISO BMFF: a 4-byte box size, then the type of the first box, which is ftyp.
		if (startsWith(head, 4, FTYP)) {
			return VIDEO_MP4;
		}
		if (startsWith(head, 0, EBML)) {
			return VIDEO_WEBM;
		}
		return null;
	}

	private static boolean startsWith(byte[] head, int offset, byte[] signature) {
		return head.length >= offset + signature.length
				&& Arrays.equals(head, offset, offset + signature.length, signature, 0, signature.length);
	}

	/**
	 * Whether the head and the rest of the stream are strict UTF-8 (no overlong forms, no encoded
	 * surrogates, nothing past U+10FFFF) without a NUL byte, read in fixed-size pieces.
	 */
	private static boolean utf8WithoutNul(byte[] head, InputStream rest) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.allocate(BUFFER_BYTES);
		CharBuffer out = CharBuffer.allocate(BUFFER_BYTES);
		in.put(head);
		byte[] chunk = new byte[BUFFER_BYTES - HEAD_BYTES];
		boolean end = false;
		while (true) {
			if (!end) {
				int read = rest.read(chunk, 0, Math.min(chunk.length, in.remaining()));
				if (read < 0) {
					end = true;
				}
				else {
					in.put(chunk, 0, read);
				}
			}
			in.flip();
			for (int i = in.position(); i < in.limit(); i++) {
				if (in.get(i) == 0) {
					return false;
				}
			}
			CoderResult result = decoder.decode(in, out, end);
			if (result.isError()) {
				return false;
			}
			out.clear();
			// What is left is the start of a character cut by the piece's end: kept for the next piece.
			in.compact();
			if (end) {
				return in.position() == 0 && !decoder.flush(out).isError();
			}
		}
	}

}
