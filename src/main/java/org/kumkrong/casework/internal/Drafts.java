package org.kumkrong.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.kumkrong.casework.CasePriority;
import org.kumkrong.casework.OutcomeType;

/** What staff submit to casework, already parsed from forms; casework checks every rule. */
public final class Drafts {

	private Drafts() {
	}

	public record CaseDraft(String title, String summary, CasePriority priority, String provinceCode) {
	}

	public record ChildDraft(String ageBand, String sex, String provinceCode, String needs, String risks,
			ChildIdentity identity) {
	}

	public record SuspectDraft(String label, boolean known, String estimatedAge, Suspect.Relation relation,
			Suspect.ArrestStatus arrestStatus) {
	}

	public record IdentifierDraft(SuspectIdentifier.Kind kind, String platformCode, String value, Instant observedAt) {
	}

	public record IncidentDraft(LocalDate occurredOn, String provinceCode, String description,
			List<RecordedOffence> offences, Set<String> platformCodes, Set<UUID> childIds, Set<UUID> suspectIds) {
	}

	public record OutcomeDraft(OutcomeType type, LocalDate occurredOn, UUID suspectId, UUID childId, LegalBasis legalBasis,
			String detail) {
	}

}
