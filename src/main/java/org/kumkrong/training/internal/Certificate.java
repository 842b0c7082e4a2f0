package org.kumkrong.training.internal;

import java.time.Instant;
import java.util.UUID;

/** What a certificate states: its code, the holder's name at issue, the course version and the date. */
public record Certificate(String code, UUID enrolmentId, UUID userId, String holderName, UUID courseId, int version,
		Instant issuedAt) {

	@Override
	public String toString() {
		return "Certificate[" + code + "]";
	}

}
