package org.kumkrong.casework.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Embeddable;

/** A report (from intake) that joined a case. */
@Embeddable
public class LinkedReport {

	private UUID reportId;

	private Instant linkedAt;

	protected LinkedReport() {
	}

	LinkedReport(UUID reportId, Instant linkedAt) {
		this.reportId = reportId;
		this.linkedAt = linkedAt;
	}

	public UUID reportId() { return reportId; }
	public Instant linkedAt() { return linkedAt; }

	@Override
	public boolean equals(Object other) {
		return other instanceof LinkedReport that && Objects.equals(reportId, that.reportId);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(reportId);
	}
}
