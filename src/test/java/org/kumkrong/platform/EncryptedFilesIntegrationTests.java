package org.kumkrong.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kumkrong.KumkrongIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SECURITY.md row 12 for files: encrypted at rest under a key of their own, bound to their id, altered
 * bytes never read back, and a file of any size streamed through with a flat heap.
 */
@KumkrongIntegrationTest
class EncryptedFilesIntegrationTests {

	// 256 MB keeps the suite quick; -Dkumkrong.filestore.bigBytes=1073741824 runs the 1 GB proof of row 12.
	static final long BIG_BYTES = Long.getLong("kumkrong.filestore.bigBytes", 256L * 1024 * 1024);

	static final long CHECKPOINT_BYTES = 128L * 1024 * 1024;

	// Far below one checkpoint's worth of bytes: a store that kept the file in memory could not stay under it.
	static final long HEAP_GROWTH_ALLOWED = 32L * 1024 * 1024;

	@Autowired
	EncryptedFiles files;

	@Autowired
	KumkrongProperties properties;

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 3 * 1024 * 1024 })
	void returnsTheSameBytesAndTheirHashes(int size) throws Exception {
		byte[] content = new byte[size];
		new Random(size).nextBytes(content);

		StoredFile stored = files.store(new ByteArrayInputStream(content), size);

		assertThat(stored.size()).isEqualTo(size);
		assertThat(stored.sha256()).isEqualTo(hex("SHA-256", content));
		assertThat(stored.sha1()).isEqualTo(hex("SHA-1", content));
		assertThat(stored.md5()).isEqualTo(hex("MD5", content));
		assertThat(files.exists(stored.id())).isTrue();
		try (InputStream in = files.open(stored.id())) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
	}

	@Test
	void keepsNoPlaintextOnDiskAndNamesFilesItself() throws Exception {
		String canary = "KKFILECANARY-" + UUID.randomUUID();
		byte[] content = (canary + "\n").repeat(20_000).getBytes(StandardCharsets.US_ASCII);

		StoredFile stored = files.store(new ByteArrayInputStream(content), content.length);

		Path file = pathOf(stored.id());
		assertThat(file).exists();
		byte[] onDisk = Files.readAllBytes(file);
		assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain(canary).doesNotContain("KKFILECANARY");
		assertThat(onDisk.length).isGreaterThan(content.length);
		assertThat(partialFiles()).isEmpty();
	}

	@Test
	void aFlippedByteAnywhereFailsInsteadOfReturningAlteredBytes() throws Exception {
		byte[] content = new byte[3 * 1024 * 1024 + 17];
		new Random(7).nextBytes(content);
		StoredFile stored = files.store(new ByteArrayInputStream(content), content.length);
		Path file = pathOf(stored.id());
		byte[] original = Files.readAllBytes(file);

		// The magic, the wrapped key, the first segment, a middle segment and the last byte.
		for (int position : new int[] { 1, 40, 500, original.length / 2, original.length - 1 }) {
			byte[] altered = original.clone();
			altered[position] ^= 0x01;
			Files.write(file, altered);
			assertThatThrownBy(() -> readAll(stored.id())).as("byte " + position).isInstanceOf(IOException.class);
		}
		Files.write(file, original);
		assertThat(readAll(stored.id())).isEqualTo(content);
	}

	@Test
	void aFileCopiedUnderAnotherIdDoesNotOpen() throws Exception {
		StoredFile stored = files.store(new ByteArrayInputStream("evidence".getBytes(StandardCharsets.UTF_8)), 100);
		UUID otherId = UUID.randomUUID();
		Path other = pathOf(otherId);
		Files.createDirectories(other.getParent());
		Files.copy(pathOf(stored.id()), other, StandardCopyOption.REPLACE_EXISTING);

		assertThat(files.exists(otherId)).isTrue();
		assertThatThrownBy(() -> readAll(otherId)).isInstanceOf(IOException.class);
		files.delete(otherId);
	}

	@Test
	void refusesMoreThanTheLimitAndLeavesNothingBehind() throws Exception {
		List<Path> before = allFiles();
		byte[] content = new byte[1001];

		assertThatThrownBy(() -> files.store(new ByteArrayInputStream(content), 1000))
			.isInstanceOfSatisfying(FileTooLargeException.class, ex -> assertThat(ex.limit()).isEqualTo(1000));

		assertThat(allFiles()).containsExactlyInAnyOrderElementsOf(before);
		assertThat(files.store(new ByteArrayInputStream(content), 1001).size()).isEqualTo(1001);
	}

	@Test
	void aDeletedOrUnknownFileIsNotFound() throws Exception {
		StoredFile stored = files.store(new ByteArrayInputStream(new byte[10]), 10);

		files.delete(stored.id());
		files.delete(stored.id());

		assertThat(files.exists(stored.id())).isFalse();
		assertThat(pathOf(stored.id())).doesNotExist();
		assertThatThrownBy(() -> files.open(stored.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> files.open(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void streamsABigFileThroughWithAFlatHeap() throws Exception {
		long baseline = usedHeapAfterGc();
		Generated source = new Generated(BIG_BYTES);

		StoredFile stored = files.store(source, BIG_BYTES);

		assertThat(stored.size()).isEqualTo(BIG_BYTES);
		assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(source.sha256.digest()));
		MessageDigest read = MessageDigest.getInstance("SHA-256");
		long readBytes = 0;
		long nextCheckpoint = CHECKPOINT_BYTES;
		long peak = source.peakUsedHeap;
		try (InputStream in = files.open(stored.id())) {
			byte[] buffer = new byte[64 * 1024];
			int n;
			while ((n = in.read(buffer)) != -1) {
				read.update(buffer, 0, n);
				readBytes += n;
				if (readBytes >= nextCheckpoint) {
					peak = Math.max(peak, usedHeapAfterGc());
					nextCheckpoint += CHECKPOINT_BYTES;
				}
			}
		}
		assertThat(readBytes).isEqualTo(BIG_BYTES);
		assertThat(HexFormat.of().formatHex(read.digest())).isEqualTo(stored.sha256());
		assertThat(peak - baseline).as("heap growth while streaming").isLessThan(HEAP_GROWTH_ALLOWED);
		files.delete(stored.id());
	}

	private Path pathOf(UUID id) {
		return properties.dataDir().resolve("files").resolve(id.toString().substring(0, 2)).resolve(id.toString());
	}

	private byte[] readAll(UUID id) throws IOException {
		try (InputStream in = files.open(id)) {
			return in.readAllBytes();
		}
	}

	private List<Path> allFiles() throws IOException {
		Path root = properties.dataDir().resolve("files");
		if (!Files.exists(root)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(Files::isRegularFile).toList();
		}
	}

	private List<Path> partialFiles() throws IOException {
		return allFiles().stream().filter(path -> path.getFileName().toString().endsWith(".part")).toList();
	}

	private static String hex(String algorithm, byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
	}

	static long usedHeapAfterGc() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	/**
	 * Bytes made on the fly (never held), hashed as they go out, with the heap measured after a collection
	 * at every checkpoint. A random 64 KB block, varied on each repetition, is cheap and never repeats
	 * within a 16 MB span.
	 */
	static final class Generated extends InputStream {

		final MessageDigest sha256;

		private final long length;

		private final byte[] block = new byte[64 * 1024];

		private long produced;

		private long nextCheckpoint = CHECKPOINT_BYTES;

		long peakUsedHeap;

		Generated(long length) throws Exception {
			this.length = length;
			this.sha256 = MessageDigest.getInstance("SHA-256");
			new Random(42).nextBytes(block);
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] buffer, int offset, int wanted) {
			if (produced == length) {
				return -1;
			}
			int n = (int) Math.min(wanted, length - produced);
			for (int i = 0; i < n; i++) {
				long position = produced + i;
				buffer[offset + i] = (byte) (block[(int) (position % block.length)] ^ (position / block.length));
			}
			sha256.update(buffer, offset, n);
			produced += n;
			if (produced >= nextCheckpoint) {
				peakUsedHeap = Math.max(peakUsedHeap, usedHeapAfterGc());
				nextCheckpoint += CHECKPOINT_BYTES;
			}
			return n;
		}

	}

}
