package org.kumkrong.casework.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A suspect in a case: known by name or only by online identifiers. */
@Entity
@Audited
@Table(name = "casework_suspect")
public class Suspect {

	/** Whether and how a suspect is held. */
	public enum ArrestStatus { NOT_ARRESTED, WANTED, ARRESTED, RELEASED_ON_BAIL, IN_CUSTODY }

	/** The suspect's relation to the child. */
	public enum Relation { STRANGER_ONLINE, ACQUAINTANCE, FAMILY, CARER, TEACHER_OR_COACH, PEER, OTHER, UNKNOWN }

	@Id
	private UUID id;

	@ManyToOne
	@JoinColumn(name = "case_id")
	private CaseFile caseFile;

	private String label;

	private boolean known;

	private String estimatedAge;

	@Enumerated(EnumType.STRING)
	private Relation relation;

	@Enumerated(EnumType.STRING)
	private ArrestStatus arrestStatus;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "suspect", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("kind, identifier")
	private List<SuspectIdentifier> identifiers = new ArrayList<>();

	protected Suspect() {
	}

	Suspect(UUID id, CaseFile caseFile, Instant now) {
		this.id = id;
		this.caseFile = caseFile;
		this.arrestStatus = ArrestStatus.NOT_ARRESTED;
		this.relation = Relation.UNKNOWN;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public UUID id() { return id; }
	public CaseFile caseFile() { return caseFile; }
	public String label() { return label; }
	public boolean known() { return known; }
	public String estimatedAge() { return estimatedAge; }
	public Relation relation() { return relation; }
	public ArrestStatus arrestStatus() { return arrestStatus; }
	public Instant createdAt() { return createdAt; }
	public long version() { return version; }
	public List<SuspectIdentifier> identifiers() { return identifiers; }

	void describe(String label, boolean known, String estimatedAge, Relation relation, ArrestStatus arrestStatus, Instant now) {
		this.label = label;
		this.known = known;
		this.estimatedAge = estimatedAge;
		this.relation = relation;
		this.arrestStatus = arrestStatus;
		this.updatedAt = now;
	}

	void arrest(ArrestStatus status, Instant now) {
		this.arrestStatus = status;
		this.updatedAt = now;
	}

	SuspectIdentifier addIdentifier(SuspectIdentifier.Kind kind, String platformCode, String value, Instant observedAt, Instant now) {
		SuspectIdentifier identifier = new SuspectIdentifier(UUID.randomUUID(), this, kind, platformCode, value, observedAt);
		identifiers.add(identifier);
		this.updatedAt = now;
		return identifier;
	}

	boolean removeIdentifier(UUID identifierId, Instant now) {
		boolean removed = identifiers.removeIf(identifier -> identifier.id().equals(identifierId));
		if (removed) {
			this.updatedAt = now;
		}
		return removed;
	}

	void moveTo(CaseFile target, Instant now) {
		this.caseFile = target;
		this.updatedAt = now;
	}
}
