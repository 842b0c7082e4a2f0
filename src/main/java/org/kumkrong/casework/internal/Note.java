package org.kumkrong.casework.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A note on a case, seen by the whole team, by the author's agency only, or by its identity-cleared staff only. */
@Entity
@Audited
@Table(name = "casework_note")
public class Note {

	public enum Visibility {
		/** Everyone on the case team. */
		TEAM,
		/** The author's agency only. */
		AGENCY,
		/** Staff of the author's agency whose role may see a child's identity. */
		RESTRICTED
	}

	@Id
	private UUID id;

	@ManyToOne
	@JoinColumn(name = "case_id")
	private CaseFile caseFile;

	private UUID authorId;

	private UUID agencyId;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	private String body;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Note() {
	}

	Note(UUID id, CaseFile caseFile, UUID authorId, UUID agencyId, Visibility visibility, String body, Instant now) {
		this.id = id;
		this.caseFile = caseFile;
		this.authorId = authorId;
		this.agencyId = agencyId;
		this.visibility = visibility;
		this.body = body;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public UUID id() { return id; }
	public CaseFile caseFile() { return caseFile; }
	public UUID authorId() { return authorId; }
	public UUID agencyId() { return agencyId; }
	public Visibility visibility() { return visibility; }
	public String body() { return body; }
	public Instant createdAt() { return createdAt; }

	/** Whether someone of {@code agencyId}, cleared for identities or not, may read this note. */
	public boolean readableBy(UUID agencyId, boolean identityCleared) {
		return switch (visibility) {
			case TEAM -> true;
			case AGENCY -> this.agencyId.equals(agencyId);
			case RESTRICTED -> this.agencyId.equals(agencyId) && identityCleared;
		};
	}

	void moveTo(CaseFile target, Instant now) {
		this.caseFile = target;
		this.updatedAt = now;
	}
}
