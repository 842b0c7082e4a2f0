package org.kumkrong.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A piece of work on a case, for one person, by a date. */
@Entity
@Audited
@Table(name = "casework_task")
public class CaseTask {

	@Id
	private UUID id;

	private UUID caseId;

	private String title;

	private UUID assigneeId;

	private LocalDate dueOn;

	private Instant doneAt;

	private UUID createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected CaseTask() {
	}

	CaseTask(UUID id, UUID caseId, String title, UUID assigneeId, LocalDate dueOn, UUID createdBy, Instant now) {
		this.id = id;
		this.caseId = caseId;
		this.title = title;
		this.assigneeId = assigneeId;
		this.dueOn = dueOn;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public UUID id() { return id; }
	public UUID caseId() { return caseId; }
	public String title() { return title; }
	public UUID assigneeId() { return assigneeId; }
	public LocalDate dueOn() { return dueOn; }
	public Instant doneAt() { return doneAt; }
	public UUID createdBy() { return createdBy; }
	public Instant createdAt() { return createdAt; }

	public boolean done() {
		return doneAt != null;
	}

	public boolean overdue(LocalDate today) {
		return doneAt == null && dueOn != null && dueOn.isBefore(today);
	}

	void complete(Instant now) {
		this.doneAt = now;
		this.updatedAt = now;
	}

	void reopen(Instant now) {
		this.doneAt = null;
		this.updatedAt = now;
	}

	void moveTo(UUID caseId, Instant now) {
		this.caseId = caseId;
		this.updatedAt = now;
	}
}
