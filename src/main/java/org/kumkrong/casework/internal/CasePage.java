package org.kumkrong.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.kumkrong.casework.CaseSummary;

/**
 * Everything the case page shows to one viewer, resolved inside one read transaction into plain values
 * (labels in the viewer's language): no lazy entity reaches a template.
 */
public record CasePage(CaseSummary summary, Header header, List<TeamRow> team, List<ReportRow> reports,
		List<ChildRow> children, List<SuspectRow> suspects, List<IncidentRow> incidents, List<NoteRow> notes,
		List<TaskRow> tasks, List<OutcomeRow> outcomes, List<TimelineRow> timeline, Rights rights) {

	public record Header(UUID id, String reference, String title, String summary, String status, String statusCode,
			String statusReason, String priority, String priorityCode, String ownerAgency, String province,
			String provinceCode, Instant openedAt, String openedBy, Instant closedAt, String mergedIntoReference,
			UUID mergedIntoId, String transferTo, String transferReason, long version) {
	}

	public record Rights(boolean edit, boolean annotate, boolean manage, boolean stage, boolean identityCleared, boolean closed) {
	}

	public record TeamRow(UUID agencyId, String agency, String agencyType, String access, Instant joinedAt, boolean owner) {
	}

	public record ReportRow(UUID reportId, String reference, Instant linkedAt) {
	}

	public record ChildRow(UUID id, String code, String ageBand, String sex, String province, String needs, String risks,
			boolean hasIdentity, String mergedIntoCode, long version) {
	}

	public record IdentifierRow(UUID id, String kind, String kindCode, String platform, String value, Instant observedAt) {
	}

	public record SuspectRow(UUID id, String label, boolean known, String estimatedAge, String relation, String arrestStatus,
			String arrestStatusCode, List<IdentifierRow> identifiers, long version) {
	}

	public record OffenceRow(String code, String label, String activity, String flags) {
	}

	public record IncidentRow(UUID id, LocalDate occurredOn, String province, String description, List<OffenceRow> offences,
			List<String> platforms, List<String> childCodes, List<String> suspectLabels, int reportCount, long version) {
	}

	public record NoteRow(UUID id, String author, String agency, String visibility, String visibilityCode, String body,
			Instant createdAt) {
	}

	public record TaskRow(UUID id, String title, String assignee, LocalDate dueOn, Instant doneAt, boolean overdue) {
	}

	public record OutcomeRow(UUID id, String type, String typeCode, LocalDate occurredOn, String suspect, String child,
			String legalBasis, String detail, String agency, String recordedBy) {
	}

	public record TimelineRow(Instant at, String text, String actor, String agency) {
	}
}
