package org.kumkrong.browser;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The browser journeys' TOTP helper against the SHA-1 vectors of RFC 6238 Appendix B. */
class TotpCodesTests {

	static final String SECRET = new Base32().encodeAsString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void matchesTheRfc6238Vectors(long epochSecond, String eightDigits) {
		Instant at = Instant.ofEpochSecond(epochSecond);
		assertThat(TotpCodes.forStep(SECRET, TotpCodes.step(at), 8)).isEqualTo(eightDigits);
		assertThat(TotpCodes.at(SECRET, at)).isEqualTo(eightDigits.substring(2));
	}

}
