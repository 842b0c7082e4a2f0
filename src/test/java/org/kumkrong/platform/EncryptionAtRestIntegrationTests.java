package org.kumkrong.platform;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.account.Role;
import org.kumkrong.account.internal.UserAdministration;
import org.kumkrong.directory.Agencies;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SECURITY.md row 12: protected fields are encrypted at rest, bound to their place, and rotatable. */
@KumkrongIntegrationTest
class EncryptionAtRestIntegrationTests {

	@Autowired
	FieldEncryption encryption;

	@Autowired
	UserAdministration administration;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void noTableHoldsASecondFactorSecretOrTheMasterKeyInPlaintext() {
		// A Base32 canary that cannot occur by chance.
		String canary = "KKCANARY" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT)
			.replaceAll("[^A-Z2-7]", "Q").substring(0, 24);
		UUID agency = agencies.create("Canary agency", "หน่วยงานทดสอบ", "POLICE", "TH-10", null);
		administration.createActivated("canary-" + UUID.randomUUID().toString().substring(0, 8), "Canary", agency,
				EnumSet.of(Role.INVESTIGATOR), "a long canary test passphrase", canary);

		int columnsSearched = 0;
		for (Map<String, Object> column : jdbc.queryForList("select table_name, column_name from information_schema.columns "
				+ "where lower(table_schema) = 'public' and lower(data_type) in ('text', 'character varying', 'varchar', 'character large object')")) {
			String table = column.get("table_name").toString();
			String name = column.get("column_name").toString();
			Integer hits = jdbc.queryForObject("select count(*) from \"" + table + "\" where cast(\"" + name
					+ "\" as varchar) like ?", Integer.class, "%" + canary + "%");
			assertThat(hits).as(table + "." + name).isZero();
			columnsSearched++;
		}
		assertThat(columnsSearched).isGreaterThan(20);
		String stored = jdbc.queryForObject("select totp_secret from account_user where display_name = 'Canary' "
				+ "order by created_at desc limit 1", String.class);
		assertThat(stored).isNotBlank().doesNotContain(canary);
	}

	@Test
	void aFlippedByteOrAValueMovedToAnotherRowFailsDecryption() {
		byte[] ciphertext = encryption.encrypt("secret".getBytes(StandardCharsets.UTF_8), "table.column:1");
		assertThat(new String(encryption.decrypt(ciphertext, "table.column:1"), StandardCharsets.UTF_8)).isEqualTo("secret");
		byte[] flipped = ciphertext.clone();
		flipped[flipped.length - 3] ^= 0x01;
		assertThatThrownBy(() -> encryption.decrypt(flipped, "table.column:1")).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> encryption.decrypt(ciphertext, "table.column:2")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void rotationKeepsOldValuesReadable() {
		byte[] before = encryption.encrypt("before".getBytes(StandardCharsets.UTF_8), "rotation:1");
		encryption.rotate();
		byte[] after = encryption.encrypt("after".getBytes(StandardCharsets.UTF_8), "rotation:1");
		assertThat(new String(encryption.decrypt(before, "rotation:1"), StandardCharsets.UTF_8)).isEqualTo("before");
		assertThat(new String(encryption.decrypt(after, "rotation:1"), StandardCharsets.UTF_8)).isEqualTo("after");
		String keyset = jdbc.queryForObject("select encrypted_keyset from platform_keyset where name = 'fields'", String.class);
		assertThat(keyset).contains("encryptedKeyset").doesNotContain("\"value\"");
	}

}
