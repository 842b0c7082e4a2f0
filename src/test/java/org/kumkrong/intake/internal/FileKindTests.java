package org.kumkrong.intake.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The kinds of partner files, told by their bytes alone. */
class FileKindTests {

	static Optional<FileKind> kindOf(byte[] content) throws IOException {
		return FileKind.of(new ByteArrayInputStream(content));
	}

	static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

	static byte[] concat(byte[] first, byte[] second) {
		byte[] all = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	@Test
	void recognisesEachBinaryKindByItsSignature() throws IOException {
		byte[] rest = new byte[64];
		assertThat(kindOf(concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), rest))).contains(FileKind.IMAGE_PNG);
		assertThat(kindOf(concat(bytes(0xFF, 0xD8, 0xFF, 0xE0), rest))).contains(FileKind.IMAGE_JPEG);
		assertThat(kindOf(concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), rest))).contains(FileKind.PDF);
		assertThat(kindOf(concat(bytes('P', 'K', 3, 4), rest))).contains(FileKind.ZIP);
		assertThat(kindOf(concat(bytes(0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'), rest)))
			.contains(FileKind.VIDEO_MP4);
		assertThat(kindOf(concat(bytes(0x1A, 0x45, 0xDF, 0xA3), rest))).contains(FileKind.VIDEO_WEBM);
	}

	@Test
	void textIsValidUtf8WithoutNulWhateverItSaysItIs() throws IOException {
		assertThat(kindOf("[12:01] somchai: hello\n[12:02] you: hi".getBytes(StandardCharsets.UTF_8))).contains(FileKind.TEXT);
		assertThat(kindOf("{\"messages\":[{\"from\":\"ผู้ใช้\",\"text\":\"สวัสดี 😀\"}]}".getBytes(StandardCharsets.UTF_8)))
			.contains(FileKind.TEXT);
		assertThat(kindOf("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))).contains(FileKind.TEXT);
		assertThat(kindOf(concat(bytes(0xEF, 0xBB, 0xBF), "with a byte order mark".getBytes(StandardCharsets.UTF_8))))
			.contains(FileKind.TEXT);
		// A PDF's signature is text too: its signature decides first.
		assertThat(kindOf("%PDF-".getBytes(StandardCharsets.US_ASCII))).contains(FileKind.PDF);
	}

	@Test
	void refusesBinaryNulsBrokenUtf8AndEmptyContent() throws IOException {
		assertThat(kindOf(new byte[0])).isEmpty();
		assertThat(kindOf("a\u0000b".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(kindOf(bytes('a', 0xC3, 0x28))).isEmpty();
		// Latin-1, UTF-16, an overlong slash, an encoded surrogate, a sequence cut off at the end.
		assertThat(kindOf("café".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
		assertThat(kindOf("text".getBytes(StandardCharsets.UTF_16))).isEmpty();
		assertThat(kindOf(bytes('a', 0xC0, 0xAF))).isEmpty();
		assertThat(kindOf(bytes('a', 0xED, 0xA0, 0x80))).isEmpty();
		assertThat(kindOf(bytes('a', 'b', 0xE0, 0xB8))).isEmpty();
		// A GIF, an ELF and a Windows executable: no accepted kind (the six letters "GIF89a" alone are text).
		assertThat(kindOf("GIF89a".getBytes(StandardCharsets.US_ASCII))).contains(FileKind.TEXT);
		assertThat(kindOf(concat("GIF89a".getBytes(StandardCharsets.US_ASCII), bytes(1, 0, 1, 0)))).isEmpty();
		assertThat(kindOf(bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0))).isEmpty();
		assertThat(kindOf(bytes(0x4D, 0x5A, 0x90, 0x00))).isEmpty();
	}

	@Test
	void checksTextToItsLastByteAcrossPiecesAndCharactersCutBetweenThem() throws IOException {
		// Thai letters are three bytes each; 100,000 of them cross many 64 KB pieces at every offset.
		byte[] thai = "ก".repeat(100_000).getBytes(StandardCharsets.UTF_8);
		assertThat(kindOf(thai)).contains(FileKind.TEXT);
		assertThat(FileKind.of(new OneByteAtATime(thai))).contains(FileKind.TEXT);
		byte[] nulAtTheEnd = Arrays.copyOf(thai, thai.length + 1);
		assertThat(kindOf(nulAtTheEnd)).isEmpty();
		byte[] brokenAtTheEnd = Arrays.copyOf(thai, thai.length - 1);
		assertThat(kindOf(brokenAtTheEnd)).isEmpty();
	}

	@Test
	void everyKindHasAMediaType() {
		assertThat(FileKind.values()).allSatisfy(kind -> assertThat(kind.mediaType()).contains("/"));
		assertThat(FileKind.values()).filteredOn(FileKind::image).containsExactly(FileKind.IMAGE_PNG, FileKind.IMAGE_JPEG);
		// intake_file.content_type is varchar(32) and intake_file.kind varchar(16).
		assertThat(FileKind.values()).allSatisfy(kind -> {
			assertThat(kind.mediaType()).hasSizeLessThanOrEqualTo(32);
			assertThat(kind.name()).hasSizeLessThanOrEqualTo(16);
		});
	}

	/** A stream that hands out one byte per read, as a slow network might. */
	static final class OneByteAtATime extends InputStream {

		private final byte[] content;

		private int position;

		OneByteAtATime(byte[] content) {
			this.content = content;
		}

		@Override
		public int read() {
			return position < content.length ? content[position++] & 0xFF : -1;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (length == 0) {
				return 0;
			}
			int next = read();
			if (next < 0) {
				return -1;
			}
			buffer[offset] = (byte) next;
			return 1;
		}

	}

}
