package org.kumkrong.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * Something that happened, online or with a phone: when, where, on which platforms, which offences (codes
 * of the taxonomy), to which children, by which suspects, as told by which reports.
 */
@Entity
@Audited
@Table(name = "casework_incident")
public class Incident {

	@Id
	private UUID id;

	@ManyToOne
	@JoinColumn(name = "case_id")
	private CaseFile caseFile;

	private LocalDate occurredOn;

	private String provinceCode;

	private String description;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "casework_incident_offence", joinColumns = @JoinColumn(name = "incident_id"))
	private Set<RecordedOffence> offences = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "casework_incident_platform", joinColumns = @JoinColumn(name = "incident_id"))
	@Column(name = "platform_code")
	private Set<String> platformCodes = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "casework_incident_child", joinColumns = @JoinColumn(name = "incident_id"))
	@Column(name = "child_id")
	private Set<UUID> childIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "casework_incident_suspect", joinColumns = @JoinColumn(name = "incident_id"))
	@Column(name = "suspect_id")
	private Set<UUID> suspectIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "casework_incident_report", joinColumns = @JoinColumn(name = "incident_id"))
	@Column(name = "report_id")
	private Set<UUID> reportIds = new LinkedHashSet<>();

	protected Incident() {
	}

	Incident(UUID id, CaseFile caseFile, Instant now) {
		this.id = id;
		this.caseFile = caseFile;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public UUID id() { return id; }
	public CaseFile caseFile() { return caseFile; }
	public LocalDate occurredOn() { return occurredOn; }
	public String provinceCode() { return provinceCode; }
	public String description() { return description; }
	public Instant createdAt() { return createdAt; }
	public long version() { return version; }
	public Set<RecordedOffence> offences() { return offences; }
	public Set<String> platformCodes() { return platformCodes; }
	public Set<UUID> childIds() { return childIds; }
	public Set<UUID> suspectIds() { return suspectIds; }
	public Set<UUID> reportIds() { return reportIds; }

	void describe(LocalDate occurredOn, String provinceCode, String description, Set<String> platformCodes,
			Set<UUID> childIds, Set<UUID> suspectIds, Instant now) {
		this.occurredOn = occurredOn;
		this.provinceCode = provinceCode;
		this.description = description;
		replace(this.platformCodes, platformCodes);
		replace(this.childIds, childIds);
		replace(this.suspectIds, suspectIds);
		this.updatedAt = now;
	}

	/** Replaces the offences; answers those that are new (each is an {@code OffenceRecorded}). */
	Set<RecordedOffence> recordOffences(Set<RecordedOffence> offences, Instant now) {
		Set<RecordedOffence> added = new LinkedHashSet<>(offences);
		added.removeAll(this.offences);
		replace(this.offences, offences);
		this.updatedAt = now;
		return added;
	}

	void linkReport(UUID reportId) {
		reportIds.add(reportId);
	}

	void replaceChild(UUID from, UUID to) {
		if (childIds.remove(from)) {
			childIds.add(to);
		}
	}

	void moveTo(CaseFile target, Instant now) {
		this.caseFile = target;
		this.updatedAt = now;
	}

	private static <T> void replace(Set<T> target, Set<T> source) {
		target.retainAll(source);
		target.addAll(source);
	}
}
