package org.kumkrong.intake;

import java.time.Instant;
import java.util.List;

/**
 * A report arrived and was durably stored. Codes only: offence codes of the taxonomy, an ISO 3166-2:TH
 * province code, an {@code AGE_BAND} code of the (youngest) victim, a {@code PLATFORM} code; any may be
 * {@code null} (or empty) when the reporter did not say.
 */
public record ReportSubmitted(ReportId reportId, ReportChannel channel, Instant receivedAt, List<String> offenceCodes,
		String provinceCode, String ageBand, String platformCode, ReportPriority priority) {

	public ReportSubmitted {
		offenceCodes = offenceCodes == null ? List.of() : List.copyOf(offenceCodes);
	}

}
