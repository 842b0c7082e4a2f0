package org.kumkrong.casework.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Embeddable;

/** A report (from intake) that joined a case. */
@Embeddable
public class LinkedReport {

	private UUID reportId;

	private String reportReference;

	private Instant linkedAt;

	protected LinkedReport() {
	}

	LinkedReport(UUID reportId, String reportReference, Instant linkedAt) {
		this.reportId = reportId;
		this.reportReference = reportReference;
		this.linkedAt = linkedAt;
	}

	public UUID reportId() { return reportId; }
	public Instant linkedAt() { return linkedAt; }
	public String reportReference() { return reportReference; }

	@Override
	public boolean equals(Object other) {
		return other instanceof LinkedReport that && Objects.equals(reportId, that.reportId);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(reportId);
	}
}
