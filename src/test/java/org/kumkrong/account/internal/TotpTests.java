package org.kumkrong.account.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTests {

	static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest(name = "T={0} gives {1}")
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void matchesTheSha1TestVectorsOfRfc6238AppendixB(long time, String expected) {
		long step = Totp.step(Instant.ofEpochSecond(time));
		assertThat(Totp.code(RFC_KEY, step, "HmacSHA1", 8)).isEqualTo(expected);
	}

	@Test
	void acceptsTheCurrentCodeAndOneStepOfDriftButNotTwo() {
		String secret = new Base32().encodeToString(RFC_KEY);
		Instant now = Instant.ofEpochSecond(1_111_111_111);
		long step = Totp.step(now);
		assertThat(Totp.verify(secret, Totp.code(secret, step), now, 0)).hasValue(step);
		assertThat(Totp.verify(secret, Totp.code(secret, step - 1), now, 0)).hasValue(step - 1);
		assertThat(Totp.verify(secret, Totp.code(secret, step + 1), now, 0)).hasValue(step + 1);
		assertThat(Totp.verify(secret, Totp.code(secret, step - 2), now, 0)).isEmpty();
	}

	@Test
	void refusesACodeWhoseStepWasAlreadyUsed() {
		String secret = Totp.newSecret();
		Instant now = Instant.ofEpochSecond(1_700_000_000);
		long step = Totp.step(now);
		String code = Totp.code(secret, step);
		assertThat(Totp.verify(secret, code, now, step - 1)).hasValue(step);
		assertThat(Totp.verify(secret, code, now, step)).isEmpty();
	}

	@Test
	void refusesMalformedCodes() {
		String secret = Totp.newSecret();
		Instant now = Instant.now();
		assertThat(Totp.verify(secret, null, now, 0)).isEmpty();
		assertThat(Totp.verify(secret, "12345", now, 0)).isEmpty();
		assertThat(Totp.verify(secret, "abcdef", now, 0)).isEmpty();
		assertThat(Totp.verify(secret, "1234567", now, 0)).isEmpty();
	}

	@Test
	void newSecretsCarry160BitsInBase32() {
		String secret = Totp.newSecret();
		assertThat(new Base32().decode(secret)).hasSize(20);
		assertThat(secret).matches("[A-Z2-7]{32}");
	}

}
