package org.kumkrong.casework.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.kumkrong.casework.CasePriority;
import org.kumkrong.casework.CaseStatus;
import org.kumkrong.casework.CaseSummary;
import org.kumkrong.casework.TeamAccess;

/**
 * A case: the aggregate root of casework. Its team decides who sees it; its children, suspects,
 * incidents, notes and tasks hang from it. Every change is kept by Envers.
 */
@Entity
@Audited
@Table(name = "casework_case")
public class CaseFile {

	@Id
	private UUID id;

	private String reference;

	private String title;

	private String summary;

	private UUID ownerAgencyId;

	@Enumerated(EnumType.STRING)
	private CasePriority priority;

	@Enumerated(EnumType.STRING)
	private CaseStatus status;

	private String statusReason;

	private String provinceCode;

	private Instant openedAt;

	private UUID openedBy;

	private Instant closedAt;

	private UUID mergedInto;

	private UUID transferToAgencyId;

	private String transferReason;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("joinedAt")
	private List<TeamMember> team = new ArrayList<>();

	@OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
	@OrderBy("createdAt")
	private List<Child> children = new ArrayList<>();

	@OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
	@OrderBy("createdAt")
	private List<Suspect> suspects = new ArrayList<>();

	@OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
	@OrderBy("createdAt")
	private List<Incident> incidents = new ArrayList<>();

	@OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
	@OrderBy("createdAt desc")
	private List<Note> notes = new ArrayList<>();

	@NotAudited
	@ElementCollection
	@CollectionTable(name = "casework_case_report", joinColumns = @JoinColumn(name = "case_id"))
	private Set<LinkedReport> reports = new LinkedHashSet<>();

	protected CaseFile() {
	}

	CaseFile(UUID id, String reference, String title, String summary, UUID ownerAgencyId, CasePriority priority,
			String provinceCode, Instant openedAt, UUID openedBy) {
		this.id = id;
		this.reference = reference;
		this.title = title;
		this.summary = summary;
		this.ownerAgencyId = ownerAgencyId;
		this.priority = priority;
		this.status = CaseStatus.OPEN;
		this.provinceCode = provinceCode;
		this.openedAt = openedAt;
		this.openedBy = openedBy;
		this.updatedAt = openedAt;
		this.team.add(new TeamMember(this, ownerAgencyId, TeamAccess.OWNER, openedAt));
	}

	public UUID id() { return id; }
	public String reference() { return reference; }
	public String title() { return title; }
	public String summary() { return summary; }
	public UUID ownerAgencyId() { return ownerAgencyId; }
	public CasePriority priority() { return priority; }
	public CaseStatus status() { return status; }
	public String statusReason() { return statusReason; }
	public String provinceCode() { return provinceCode; }
	public Instant openedAt() { return openedAt; }
	public UUID openedBy() { return openedBy; }
	public Instant closedAt() { return closedAt; }
	public UUID mergedInto() { return mergedInto; }
	public UUID transferToAgencyId() { return transferToAgencyId; }
	public String transferReason() { return transferReason; }
	public Instant updatedAt() { return updatedAt; }
	public long version() { return version; }
	public List<TeamMember> team() { return team; }
	public List<Child> children() { return children; }
	public List<Suspect> suspects() { return suspects; }
	public List<Incident> incidents() { return incidents; }
	public List<Note> notes() { return notes; }
	public Set<LinkedReport> reports() { return reports; }

	/** Children still on this case (records merged into another child are left out). */
	public List<Child> currentChildren() {
		return children.stream().filter(child -> child.mergedInto() == null).toList();
	}

	public boolean onTeam(UUID agencyId) {
		return agencyId != null && team.stream().anyMatch(member -> member.agencyId().equals(agencyId));
	}

	public Optional<TeamMember> member(UUID agencyId) {
		return team.stream().filter(member -> member.agencyId().equals(agencyId)).findFirst();
	}

	void describe(String title, String summary, CasePriority priority, String provinceCode, Instant now) {
		this.title = title;
		this.summary = summary;
		this.priority = priority;
		this.provinceCode = provinceCode;
		this.updatedAt = now;
	}

	void raisePriority(CasePriority priority, Instant now) {
		if (priority.ordinal() < this.priority.ordinal()) {
			this.priority = priority;
			this.updatedAt = now;
		}
	}

	void moveTo(CaseStatus status, String reason, Instant now) {
		this.status = status;
		this.statusReason = reason;
		this.closedAt = status == CaseStatus.CLOSED ? now : null;
		this.updatedAt = now;
	}

	void mergeInto(UUID target, Instant now) {
		this.mergedInto = target;
		moveTo(CaseStatus.CLOSED, "MERGED", now);
	}

	boolean admit(UUID agencyId, TeamAccess access, Instant now) {
		if (onTeam(agencyId)) {
			return false;
		}
		team.add(new TeamMember(this, agencyId, access, now));
		updatedAt = now;
		return true;
	}

	boolean remove(UUID agencyId, Instant now) {
		boolean removed = team.removeIf(member -> member.agencyId().equals(agencyId) && member.access() != TeamAccess.OWNER);
		if (removed) {
			updatedAt = now;
		}
		return removed;
	}

	void requestTransfer(UUID toAgencyId, String reason, Instant now) {
		this.transferToAgencyId = toAgencyId;
		this.transferReason = reason;
		this.updatedAt = now;
	}

	void cancelTransfer(Instant now) {
		requestTransfer(null, null, now);
	}

	/** The receiving agency accepted: it owns the case; the former owner stays on the team as a member. */
	void completeTransfer(Instant now) {
		UUID from = ownerAgencyId;
		UUID to = transferToAgencyId;
		team.stream().filter(member -> member.agencyId().equals(from)).forEach(member -> member.changeAccess(TeamAccess.MEMBER));
		team.stream().filter(member -> member.agencyId().equals(to)).findFirst()
			.ifPresentOrElse(member -> member.changeAccess(TeamAccess.OWNER),
					() -> team.add(new TeamMember(this, to, TeamAccess.OWNER, now)));
		this.ownerAgencyId = to;
		cancelTransfer(now);
	}

	boolean linkReport(UUID reportId, String reportReference, Instant now) {
		return reports.add(new LinkedReport(reportId, reportReference, now));
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	public CaseSummary summaryView() {
		Set<UUID> agencies = new LinkedHashSet<>();
		team.forEach(member -> agencies.add(member.agencyId()));
		return new CaseSummary(id, reference, title, ownerAgencyId, status, priority, provinceCode, openedAt, agencies);
	}

}
