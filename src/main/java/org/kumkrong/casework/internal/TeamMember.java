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
import org.hibernate.envers.Audited;
import org.kumkrong.casework.TeamAccess;

/** An agency on a case's team: its users may see the case. */
@Entity
@Audited
@Table(name = "casework_team")
public class TeamMember {

	@Id
	private UUID id;

	@ManyToOne
	@JoinColumn(name = "case_id")
	private CaseFile caseFile;

	private UUID agencyId;

	@Enumerated(EnumType.STRING)
	private TeamAccess access;

	private Instant joinedAt;

	protected TeamMember() {
	}

	TeamMember(CaseFile caseFile, UUID agencyId, TeamAccess access, Instant joinedAt) {
		this.id = UUID.randomUUID();
		this.caseFile = caseFile;
		this.agencyId = agencyId;
		this.access = access;
		this.joinedAt = joinedAt;
	}

	public UUID id() { return id; }
	public UUID agencyId() { return agencyId; }
	public TeamAccess access() { return access; }
	public Instant joinedAt() { return joinedAt; }

	void changeAccess(TeamAccess access) {
		this.access = access;
	}
}
