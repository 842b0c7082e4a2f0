package org.kumkrong.casework.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of a case's timeline: a message key and its arguments (codes and references, never names or
 * narrative), rendered in the reader's language. Append-only.
 */
@Entity
@Table(name = "casework_timeline")
public class TimelineEntry {

	static final String SEPARATOR = "\u001f";

	@Id
	private UUID id;

	private UUID caseId;

	private Instant at;

	private UUID actorId;

	private UUID agencyId;

	private String messageKey;

	private String arguments;

	protected TimelineEntry() {
	}

	TimelineEntry(UUID caseId, Instant at, UUID actorId, UUID agencyId, String messageKey, List<String> arguments) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.at = at;
		this.actorId = actorId;
		this.agencyId = agencyId;
		this.messageKey = messageKey;
		this.arguments = String.join(SEPARATOR, arguments.stream().map(argument -> argument == null ? "" : argument).toList());
	}

	public UUID id() { return id; }
	public UUID caseId() { return caseId; }
	public Instant at() { return at; }
	public UUID actorId() { return actorId; }
	public UUID agencyId() { return agencyId; }
	public String messageKey() { return messageKey; }

	public List<String> arguments() {
		return arguments == null || arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
	}

	void moveTo(UUID caseId) {
		this.caseId = caseId;
	}
}
