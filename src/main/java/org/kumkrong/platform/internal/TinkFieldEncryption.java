package org.kumkrong.platform.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.List;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import org.kumkrong.platform.FieldEncryption;
import org.kumkrong.platform.KumkrongProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Envelope encryption with Google Tink: the master keyset lives in a file outside the database
 * ({@code KUMKRONG_MASTER_KEY_FILE}); the data keyset lives in the database, encrypted by the master key.
 * A leaked database dump therefore holds no usable key.
 */
@Component
class TinkFieldEncryption implements FieldEncryption {

	private static final Logger log = LoggerFactory.getLogger(TinkFieldEncryption.class);

	private static final String KEYSET_NAME = "fields";

	private static final byte[] KEYSET_AD = "kumkrong.platform_keyset.fields".getBytes(StandardCharsets.UTF_8);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Aead master;

	private volatile Aead fields;

	TinkFieldEncryption(KumkrongProperties properties, JdbcTemplate jdbc, Clock clock) throws GeneralSecurityException {
		AeadConfig.register();
		StreamingAeadConfig.register();
		this.jdbc = jdbc;
		this.clock = clock;
		this.master = loadOrCreateMaster(properties);
	}

	private static Aead loadOrCreateMaster(KumkrongProperties properties) throws GeneralSecurityException {
		Path file = properties.masterKeyFile();
		try {
			KeysetHandle handle;
			if (Files.exists(file)) {
				handle = TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
			}
			else if (properties.embedded() || properties.generateMasterKey()) {
				handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
				Files.createDirectories(file.toAbsolutePath().getParent());
				Files.writeString(file, TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get()));
				try {
					Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
				}
				catch (UnsupportedOperationException ex) {
					// Not a POSIX file system: the operator protects the file by other means.
				}
				log.warn("Generated a new master key at {}; back it up: without it nothing encrypted can be read", file);
			}
			else {
				throw new IllegalStateException("KUMKRONG_MASTER_KEY_FILE is required outside the embedded mode and "
						+ file + " does not exist");
			}
			return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read or write the master key file " + file, ex);
		}
	}

	private Aead fields() {
		Aead current = fields;
		if (current == null) {
			synchronized (this) {
				if (fields == null) {
					fields = loadOrCreateFieldsKeyset();
				}
				current = fields;
			}
		}
		return current;
	}

	private Aead loadOrCreateFieldsKeyset() {
		try {
			List<String> stored = jdbc.queryForList("select encrypted_keyset from platform_keyset where name = ?",
					String.class, KEYSET_NAME);
			KeysetHandle handle;
			if (stored.isEmpty()) {
				handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
				jdbc.update("insert into platform_keyset (name, encrypted_keyset, updated_at) values (?, ?, ?)",
						KEYSET_NAME, TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(handle, master, KEYSET_AD),
						java.sql.Timestamp.from(clock.instant()));
			}
			else {
				handle = TinkJsonProtoKeysetFormat.parseEncryptedKeyset(stored.get(0), master, KEYSET_AD);
			}
			return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The data keyset cannot be opened with this master key", ex);
		}
	}

	@Override
	public byte[] encrypt(byte[] plaintext, String associatedData) {
		try {
			return fields().encrypt(plaintext, associatedData.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	@Override
	public byte[] decrypt(byte[] ciphertext, String associatedData) {
		try {
			return fields().decrypt(ciphertext, associatedData.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Decryption failed: the value was altered or belongs elsewhere", ex);
		}
	}

	@Override
	@Transactional
	public synchronized void rotate() {
		try {
			String stored = jdbc.queryForObject("select encrypted_keyset from platform_keyset where name = ?",
					String.class, KEYSET_NAME);
			KeysetHandle handle = TinkJsonProtoKeysetFormat.parseEncryptedKeyset(stored, master, KEYSET_AD);
			KeysetHandle rotated = KeysetHandle.newBuilder(handle)
				.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
					.withRandomId()
					.makePrimary())
				.build();
			jdbc.update("update platform_keyset set encrypted_keyset = ?, updated_at = ? where name = ?",
					TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(rotated, master, KEYSET_AD),
					java.sql.Timestamp.from(clock.instant()), KEYSET_NAME);
			fields = rotated.getPrimitive(RegistryConfiguration.get(), Aead.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Key rotation failed", ex);
		}
	}

}
