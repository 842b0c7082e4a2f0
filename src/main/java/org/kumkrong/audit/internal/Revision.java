package org.kumkrong.audit.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One Hibernate Envers revision: a transaction that changed audited records, with who made it. The id is
 * an identity column, which validates and works the same on H2 and PostgreSQL (Envers' default sequence
 * would need a vendor-specific migration).
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(RevisionActorListener.class)
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	@Column(name = "revised_at", nullable = false)
	private Instant revisedAt;

	@Column(name = "actor_id")
	private UUID actorId;

	@Column(name = "agency_id")
	private UUID agencyId;

	protected Revision() {
	}

	public Long getId() {
		return id;
	}

	public Instant getRevisedAt() {
		return revisedAt;
	}

	public UUID getActorId() {
		return actorId;
	}

	public UUID getAgencyId() {
		return agencyId;
	}

	void setActor(UUID actorId, UUID agencyId) {
		this.actorId = actorId;
		this.agencyId = agencyId;
	}

	@Override
	public String toString() {
		return "Revision " + id;
	}

}
