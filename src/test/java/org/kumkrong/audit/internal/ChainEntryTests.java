package org.kumkrong.audit.internal;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainEntryTests {

	private static final UUID ACTOR = UUID.fromString("0b7c5a52-3a38-4c39-9a4e-5b8a7d3f2b11");

	@Test
	void canonicalEncodingIsDeterministicAndTimeHasMicroseconds() {
		var entry = entry("a", "b|c", Instant.parse("2026-03-31T01:02:03.123456789Z"));
		assertThat(entry.canonical(7)).isEqualTo(entry.canonical(7));
		assertThat(new String(entry.canonical(7), java.nio.charset.StandardCharsets.UTF_8))
			.contains("2026-03-31T01:02:03.123456Z");
	}

	@Test
	void canonicalEncodingCannotBeShiftedBetweenFields() {
		Instant at = Instant.parse("2026-03-31T00:00:00Z");
		assertThat(entry("ab", "c", at).canonical(1)).isNotEqualTo(entry("a", "bc", at).canonical(1));
		assertThat(entry(null, "c", at).canonical(1)).isNotEqualTo(entry("", "c", at).canonical(1));
	}

	@Test
	void hashDependsOnKeyPositionAndPreviousHash() {
		var entry = entry("a", "b", Instant.parse("2026-03-31T00:00:00Z"));
		byte[] key = new byte[32];
		byte[] otherKey = new byte[32];
		otherKey[0] = 1;
		byte[] base = new ChainMac(key).hash(ChainMac.GENESIS, entry, 1);
		assertThat(new ChainMac(otherKey).hash(ChainMac.GENESIS, entry, 1)).isNotEqualTo(base);
		assertThat(new ChainMac(key).hash(ChainMac.GENESIS, entry, 2)).isNotEqualTo(base);
		assertThat(new ChainMac(key).hash(base, entry, 1)).isNotEqualTo(base);
		assertThat(ChainMac.parse(ChainMac.hex(base))).isEqualTo(base);
		assertThat(ChainMac.parse("zz")).isNull();
	}

	private static ChainEntry entry(String recordType, String recordId, Instant at) {
		return new ChainEntry(42, at, ACTOR, null, "casework.case.viewed", recordType, recordId, "SUCCESS", null, null);
	}

}
