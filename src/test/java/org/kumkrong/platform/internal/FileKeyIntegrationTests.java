package org.kumkrong.platform.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.platform.EncryptedFiles;
import org.kumkrong.platform.KumkrongProperties;
import org.kumkrong.platform.StoredFile;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The keys of the encrypted file store (issue 5): every file gets its own data key and its own nonces, so the
 * same content stored twice shares nothing; and a store opened with another master key fails loudly rather
 * than returning anything.
 */
@KumkrongIntegrationTest
class FileKeyIntegrationTests {

	@Autowired
	EncryptedFiles files;

	@Autowired
	KumkrongProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSameContentStoredTwiceSharesNoKeyNonceOrCiphertext() throws Exception {
		byte[] content = "the same synthetic chat export, stored again and again\n".repeat(3000).getBytes();
		Set<String> wrappedKeys = new HashSet<>();
		Set<String> streamHeaders = new HashSet<>();
		Set<String> firstSegments = new HashSet<>();
		int stores = 40;
		for (int i = 0; i < stores; i++) {
			StoredFile stored = files.store(new ByteArrayInputStream(content), content.length);
			byte[] onDisk = Files.readAllBytes(path(stored));
			int wrappedLength = ByteBuffer.wrap(onDisk, 4, 4).getInt();
			int tink = 8 + wrappedLength;
			wrappedKeys.add(Arrays.toString(Arrays.copyOfRange(onDisk, 8, tink)));
			// Tink's streaming header: its length, a 32-byte salt (the per-file key derivation) and a 7-byte nonce prefix.
			int headerLength = onDisk[tink] & 0xFF;
			streamHeaders.add(Arrays.toString(Arrays.copyOfRange(onDisk, tink + 1, tink + headerLength)));
			firstSegments.add(Arrays.toString(Arrays.copyOfRange(onDisk, tink + headerLength, tink + headerLength + 64)));
		}
		assertThat(wrappedKeys).hasSize(stores);
		assertThat(streamHeaders).hasSize(stores);
		assertThat(firstSegments).hasSize(stores);
	}

	@Test
	void aStoreOpenedWithAnotherMasterKeyFailsLoudly(@TempDir Path elsewhere) throws Exception {
		byte[] content = "synthetic evidence text".getBytes();
		StoredFile stored = files.store(new ByteArrayInputStream(content), content.length);
		KumkrongProperties wrongKey = new KumkrongProperties(properties.dataDir(), elsewhere.resolve("other-master-key.json"),
				false, true, properties.datasourceUrl(), properties.security());
		TinkFieldEncryption otherFields = new TinkFieldEncryption(wrongKey, jdbc, Clock.systemUTC());
		LocalEncryptedFiles otherStore = new LocalEncryptedFiles(wrongKey, otherFields);

		assertThatThrownBy(() -> {
			try (InputStream in = otherStore.open(stored.id())) {
				in.readAllBytes();
			}
		}).isInstanceOf(IOException.class).hasStackTraceContaining("cannot be opened with this master key");
		try (InputStream in = files.open(stored.id())) {
			assertThat(in.readAllBytes()).isEqualTo(content);
		}
	}

	private Path path(StoredFile stored) {
		String name = stored.id().toString();
		return properties.dataDir().resolve("files").resolve(name.substring(0, 2)).resolve(name);
	}

}
