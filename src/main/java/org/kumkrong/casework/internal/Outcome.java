package org.kumkrong.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.kumkrong.casework.OutcomeType;

/**
 * A fact of a case's course, with the date it happened: a suspect identified, arrested, charged (with the
 * legal basis), prosecution declined (the reason in {@code detail}), convicted (the sentence in
 * {@code detail}), acquitted; a child received support (its type in {@code detail}); the case closed.
 */
@Entity
@Audited
@Table(name = "casework_outcome")
public class Outcome {

	@Id
	private UUID id;

	private UUID caseId;

	@Enumerated(EnumType.STRING)
	private OutcomeType type;

	private LocalDate occurredOn;

	private UUID suspectId;

	private UUID childId;

	private String legalBasis;

	private String detail;

	private UUID agencyId;

	private UUID recordedBy;

	private Instant recordedAt;

	@Version
	private long version;

	protected Outcome() {
	}

	Outcome(UUID id, UUID caseId, OutcomeType type, LocalDate occurredOn, UUID suspectId, UUID childId,
			String legalBasis, String detail, UUID agencyId, UUID recordedBy, Instant recordedAt) {
		this.id = id;
		this.caseId = caseId;
		this.type = type;
		this.occurredOn = occurredOn;
		this.suspectId = suspectId;
		this.childId = childId;
		this.legalBasis = legalBasis;
		this.detail = detail;
		this.agencyId = agencyId;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public UUID id() { return id; }
	public UUID caseId() { return caseId; }
	public OutcomeType type() { return type; }
	public LocalDate occurredOn() { return occurredOn; }
	public UUID suspectId() { return suspectId; }
	public UUID childId() { return childId; }
	public String legalBasis() { return legalBasis; }
	public String detail() { return detail; }
	public UUID agencyId() { return agencyId; }
	public UUID recordedBy() { return recordedBy; }
	public Instant recordedAt() { return recordedAt; }

	void moveTo(UUID caseId) {
		this.caseId = caseId;
	}
}
