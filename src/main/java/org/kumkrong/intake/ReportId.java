package org.kumkrong.intake;

import java.util.UUID;

/** The id of a report, from the public or from a partner. People read its reference ({@code RP-2026-0000123}) instead. */
public record ReportId(UUID value) {

	public ReportId {
		if (value == null) {
			throw new IllegalArgumentException("report id must not be null");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
