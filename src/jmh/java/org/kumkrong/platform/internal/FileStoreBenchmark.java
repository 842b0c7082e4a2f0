package org.kumkrong.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.kumkrong.platform.FieldEncryption;
import org.kumkrong.platform.KumkrongProperties;
import org.kumkrong.platform.StoredFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Upload throughput of the encrypted file store (issue 5): a 100 MB file streamed through
 * {@link LocalEncryptedFiles#store} — SHA-256, SHA-1 and MD5 computed and the content encrypted (Tink AES-GCM-HKDF
 * streaming, 64 KB segments) on the way, then forced to disk — against a baseline in the same run that only
 * copies the same bytes to a file on the same disk (no hashing, no encryption). The forked JVM has a 64 MB heap,
 * so a store that held the file in memory could not finish; the heap in use after each store is printed.
 * <p>
 * {@code ./mvnw -o -Pbench test-compile exec:exec -Dbench.class=org.kumkrong.platform.internal.FileStoreBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = { "-Xmx64m", "-Xms64m" })
public class FileStoreBenchmark {

	static final long BYTES = 100L * 1024 * 1024;

	Path directory;

	LocalEncryptedFiles store;

	@Setup(Level.Trial)
	public void setUp() throws Exception {
		directory = Files.createTempDirectory(Path.of("target"), "bench-files-");
		store = new LocalEncryptedFiles(new KumkrongProperties(directory, directory.resolve("unused-key.json"), false, false,
				null, null), new InMemoryKeyWrapping());
	}

	@TearDown(Level.Iteration)
	public void clean() throws IOException {
		try (Stream<Path> files = Files.walk(directory.resolve("files"))) {
			files.sorted(Comparator.reverseOrder()).filter(Files::isRegularFile).forEach(file -> file.toFile().delete());
		}
		catch (java.nio.file.NoSuchFileException ex) {
			// Nothing stored yet.
		}
		Files.deleteIfExists(directory.resolve("plain.bin"));
		System.gc();
		long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		System.out.printf(" [heap in use after GC: %d MB of %d MB]", used / (1024 * 1024),
				Runtime.getRuntime().maxMemory() / (1024 * 1024));
	}

	@TearDown(Level.Trial)
	public void remove() throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
	}

	/** Hash (three digests) + encrypt + force to disk, 100 MB. */
	@Benchmark
	public StoredFile hashAndEncrypt() throws IOException {
		try (InputStream content = new Generated(BYTES)) {
			return store.store(content, BYTES);
		}
	}

	/** Baseline: the same bytes copied to a file in 64 KB chunks and forced to disk once, nothing else. */
	@Benchmark
	public long plainCopy() throws IOException {
		Path file = directory.resolve("plain.bin");
		long copied = 0;
		try (InputStream content = new Generated(BYTES);
				java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(file, StandardOpenOption.CREATE,
						StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
			byte[] buffer = new byte[64 * 1024];
			int read;
			while ((read = content.read(buffer)) != -1) {
				java.nio.ByteBuffer chunk = java.nio.ByteBuffer.wrap(buffer, 0, read);
				while (chunk.hasRemaining()) {
					out.write(chunk);
				}
				copied += read;
			}
			out.force(true);
		}
		return copied;
	}

	/** Pseudo-random bytes made as they are read: the source holds nothing. */
	static final class Generated extends InputStream {

		private final SplittableRandom random = new SplittableRandom(42);

		private long left;

		Generated(long bytes) {
			this.left = bytes;
		}

		@Override
		public int read() {
			if (left <= 0) {
				return -1;
			}
			left--;
			return random.nextInt(256);
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (left <= 0) {
				return -1;
			}
			int n = (int) Math.min(length, left);
			int i = 0;
			for (; i + 8 <= n; i += 8) {
				long value = random.nextLong();
				for (int b = 0; b < 8; b++) {
					buffer[offset + i + b] = (byte) (value >>> (b * 8));
				}
			}
			for (; i < n; i++) {
				buffer[offset + i] = (byte) random.nextInt(256);
			}
			left -= n;
			return n;
		}

	}

	/** Key wrapping as in production (AES-256-GCM), without the database that holds the keyset. */
	static final class InMemoryKeyWrapping implements FieldEncryption {

		private final Aead aead;

		InMemoryKeyWrapping() throws GeneralSecurityException {
			AeadConfig.register();
			aead = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM).getPrimitive(RegistryConfiguration.get(), Aead.class);
		}

		@Override
		public byte[] encrypt(byte[] plaintext, String associatedData) {
			try {
				return aead.encrypt(plaintext, associatedData.getBytes());
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public byte[] decrypt(byte[] ciphertext, String associatedData) {
			try {
				return aead.decrypt(ciphertext, associatedData.getBytes());
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public void rotate() {
		}

	}

	public static void main(String[] args) throws Exception {
		new Runner(new OptionsBuilder().include(FileStoreBenchmark.class.getName()).build()).run();
	}

}
