package org.kumkrong.casework.web;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import org.kumkrong.casework.internal.CaseExports;
import org.kumkrong.casework.internal.CaseFile;
import org.kumkrong.casework.internal.CaseTask;
import org.kumkrong.casework.internal.Casework;
import org.kumkrong.casework.internal.Child;
import org.kumkrong.casework.internal.Incident;
import org.kumkrong.casework.internal.Note;
import org.kumkrong.casework.internal.Outcome;
import org.kumkrong.casework.internal.RecordedOffence;
import org.kumkrong.casework.internal.Suspect;
import org.kumkrong.casework.internal.SuspectIdentifier;
import org.kumkrong.casework.internal.TeamMember;
import org.kumkrong.casework.internal.TimelineEntry;
import org.kumkrong.directory.Agencies;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.PdfComposer;
import org.kumkrong.platform.PdfComposer.Field;
import org.kumkrong.platform.PdfDocuments;
import org.kumkrong.reference.ReferenceData;
import org.kumkrong.reference.ReferenceList;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The case summary PDF: what the viewer may see of a case on one printable document, in the viewer's
 * language. Children appear by code with their non-identifying fields only; notes only where
 * {@link Note#readableBy} lets the viewer read them. The case is read and copied into plain text inside one
 * transaction (audited); the PDF is written afterwards, so no database connection waits on the network.
 */
@Component
class CaseSummaryDocument {

	static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private final CaseExports exports;

	private final Casework casework;

	private final PdfDocuments documents;

	private final MessageSource messages;

	private final ReferenceData references;

	private final Agencies agencies;

	private final Clock clock;

	private final org.kumkrong.casework.internal.CaseViews views;

	CaseSummaryDocument(CaseExports exports, Casework casework, PdfDocuments documents, MessageSource messages,
			ReferenceData references, Agencies agencies, Clock clock, org.kumkrong.casework.internal.CaseViews views) {
		this.views = views;
		this.exports = exports;
		this.casework = casework;
		this.documents = documents;
		this.messages = messages;
		this.references = references;
		this.agencies = agencies;
		this.clock = clock;
	}

	/** The printable parts of a visible case, read and audited now; throws CaseNotFoundException otherwise. */
	Prepared prepare(UUID caseId, Locale locale, boolean identityCleared) {
		Actor actor = Actor.current().orElseThrow();
		return exports.summary(caseId, kase -> new Prepared(kase.reference(),
				text("casework.documents.summary.title", locale, kase.reference()),
				text("casework.documents.footer", locale, dateTime(clock.instant(), locale), actor.username()), locale,
				parts(kase, locale, actor.agencyId(), identityCleared)));
	}

	/** A case copied out into text, ready to be written. */
	record Prepared(String reference, String title, String footer, Locale locale, List<Consumer<PdfComposer>> parts) {
	}

	void write(Prepared prepared, OutputStream out) {
		try (PdfComposer composer = documents.start(out, new PdfDocuments.Setup(prepared.title(), prepared.footer(), prepared.locale()))) {
			composer.title(prepared.title());
			prepared.parts().forEach(part -> part.accept(composer));
		}
	}

	// ---------------------------------------------------------------- sections (inside the transaction)

	private List<Consumer<PdfComposer>> parts(CaseFile kase, Locale locale, UUID viewerAgency, boolean identityCleared) {
		List<Consumer<PdfComposer>> parts = new ArrayList<>();
		String notice = text("casework.documents.notice", locale);
		parts.add(c -> c.hint(notice));
		caseFields(kase, locale, parts);

		List<Child> children = kase.currentChildren();
		Map<UUID, String> childCodes = new HashMap<>();
		kase.children().forEach(child -> childCodes.put(child.id(), child.code()));
		Map<UUID, String> suspectLabels = new HashMap<>();
		kase.suspects().forEach(suspect -> suspectLabels.put(suspect.id(), suspect.label()));

		String childrenHeading = text("casework.documents.children", locale);
		parts.add(c -> c.heading(childrenHeading));
		if (children.isEmpty()) {
			none(parts, locale);
		}
		else {
			List<String> header = List.of(text("casework.documents.child.code", locale), text("casework.documents.child.ageBand", locale),
					text("casework.documents.child.sex", locale), text("casework.documents.child.province", locale),
					text("casework.documents.child.needs", locale), text("casework.documents.child.risks", locale));
			// Never the identity: only the fields that do not identify the child (issue 4, item 2).
			List<List<String>> rows = children.stream().map(child -> List.of(child.code(),
					references.label(ReferenceList.AGE_BAND, child.ageBand(), locale),
					references.label(ReferenceList.SEX, child.sex(), locale), province(child.provinceCode(), locale),
					orEmpty(child.needs()), orEmpty(child.risks()))).toList();
			parts.add(c -> c.table(header, rows, 2.2f, 1.6f, 1.3f, 1.6f, 3, 3));
		}

		suspects(kase.suspects(), locale, parts);
		incidents(kase.incidents(), childCodes, suspectLabels, locale, parts);
		outcomes(casework.outcomes(kase.id()), childCodes, suspectLabels, locale, parts);
		tasks(casework.tasks(kase.id()), locale, parts);

		String notesHeading = text("casework.documents.notes", locale);
		parts.add(c -> c.heading(notesHeading));
		List<Note> notes = kase.notes().stream().filter(note -> note.readableBy(viewerAgency, identityCleared)).toList();
		if (notes.isEmpty()) {
			none(parts, locale);
		}
		for (Note note : notes) {
			String heading = text("casework.documents.note.heading", locale, agency(note.agencyId(), locale),
					dateTime(note.createdAt(), locale), text("casework.Visibility." + note.visibility().name(), locale));
			String body = note.body();
			parts.add(c -> c.subheading(heading).paragraph(body));
		}

		timeline(casework.timeline(kase.id()), locale, parts);
		return parts;
	}

	private void caseFields(CaseFile kase, Locale locale, List<Consumer<PdfComposer>> parts) {
		List<Field> fields = new ArrayList<>();
		fields.add(field("casework.documents.reference", locale, kase.reference()));
		fields.add(field("casework.documents.caseTitle", locale, kase.title()));
		fields.add(field("casework.documents.status", locale, text("casework.CaseStatus." + kase.status().name(), locale)));
		if (kase.statusReason() != null) {
			String reasonKind = kase.status().closed() ? "casework.CloseReason." : "casework.ReopenReason.";
			fields.add(field("casework.documents.statusReason", locale,
					messages.getMessage(reasonKind + kase.statusReason(), null, kase.statusReason(), locale)));
		}
		fields.add(field("casework.documents.priority", locale, text("casework.CasePriority." + kase.priority().name(), locale)));
		fields.add(field("casework.documents.owner", locale, agency(kase.ownerAgencyId(), locale)));
		List<String> team = new ArrayList<>();
		for (TeamMember member : kase.team()) {
			team.add(agency(member.agencyId(), locale) + " (" + text("casework.TeamAccess." + member.access().name(), locale) + ")");
		}
		fields.add(field("casework.documents.team", locale, String.join("\n", team)));
		fields.add(field("casework.documents.province", locale, province(kase.provinceCode(), locale)));
		fields.add(field("casework.documents.opened", locale, dateTime(kase.openedAt(), locale)));
		if (kase.closedAt() != null) {
			fields.add(field("casework.documents.closed", locale, dateTime(kase.closedAt(), locale)));
		}
		fields.add(field("casework.documents.reports", locale, String.valueOf(kase.reports().size())));
		String summaryHeading = text("casework.documents.case", locale);
		String summary = kase.summary();
		String summaryLabel = text("casework.documents.summaryText", locale);
		parts.add(c -> {
			c.heading(summaryHeading).fields(fields);
			if (summary != null) {
				c.subheading(summaryLabel).paragraph(summary);
			}
		});
	}

	private void suspects(List<Suspect> suspects, Locale locale, List<Consumer<PdfComposer>> parts) {
		String heading = text("casework.documents.suspects", locale);
		parts.add(c -> c.heading(heading));
		if (suspects.isEmpty()) {
			none(parts, locale);
			return;
		}
		for (Suspect suspect : suspects) {
			List<String> identifiers = new ArrayList<>();
			for (SuspectIdentifier identifier : suspect.identifiers()) {
				StringBuilder line = new StringBuilder(text("casework.Kind." + identifier.kind().name(), locale)).append(": ")
					.append(identifier.identifier());
				if (identifier.platformCode() != null) {
					line.append(" (").append(references.label(ReferenceList.PLATFORM, identifier.platformCode(), locale)).append(')');
				}
				if (identifier.observedAt() != null) {
					line.append(", ").append(text("casework.documents.identifier.observed", locale, dateTime(identifier.observedAt(), locale)));
				}
				identifiers.add(line.toString());
			}
			List<Field> fields = List.of(
					field("casework.documents.suspect.known", locale, text(suspect.known() ? "casework.documents.yes" : "casework.documents.no", locale)),
					field("casework.documents.suspect.age", locale, suspect.estimatedAge() == null ? text("casework.documents.unknown", locale) : suspect.estimatedAge()),
					field("casework.documents.suspect.relation", locale, text("casework.Relation." + suspect.relation().name(), locale)),
					field("casework.documents.suspect.arrest", locale, text("casework.ArrestStatus." + suspect.arrestStatus().name(), locale)),
					field("casework.documents.suspect.identifiers", locale,
							identifiers.isEmpty() ? text("casework.documents.none", locale) : String.join("\n", identifiers)));
			String label = suspect.label();
			parts.add(c -> c.subheading(label).fields(fields));
		}
	}

	private void incidents(List<Incident> incidents, Map<UUID, String> childCodes, Map<UUID, String> suspectLabels, Locale locale,
			List<Consumer<PdfComposer>> parts) {
		String heading = text("casework.documents.incidents", locale);
		parts.add(c -> c.heading(heading));
		if (incidents.isEmpty()) {
			none(parts, locale);
			return;
		}
		int number = 0;
		for (Incident incident : incidents) {
			number++;
			List<String> offences = new ArrayList<>();
			for (RecordedOffence offence : incident.offences()) {
				offences.add(references.label(ReferenceList.OFFENCE, offence.offenceCode(), locale) + " (" + offence.offenceCode() + ")");
			}
			List<String> platforms = incident.platformCodes().stream()
				.map(code -> references.label(ReferenceList.PLATFORM, code, locale)).toList();
			List<String> children = incident.childIds().stream().map(childCodes::get).filter(Objects::nonNull).sorted().toList();
			List<String> suspects = incident.suspectIds().stream().map(suspectLabels::get).filter(Objects::nonNull).sorted().toList();
			List<Field> fields = List.of(field("casework.documents.incident.date", locale, date(incident.occurredOn(), locale)),
					field("casework.documents.incident.province", locale, province(incident.provinceCode(), locale)),
					field("casework.documents.incident.offences", locale, String.join("\n", offences)),
					field("casework.documents.incident.platforms", locale, String.join(", ", platforms)),
					field("casework.documents.incident.children", locale, String.join(", ", children)),
					field("casework.documents.incident.suspects", locale, String.join(", ", suspects)));
			String title = text("casework.documents.incident", locale, number);
			String descriptionLabel = text("casework.documents.incident.description", locale);
			String description = incident.description();
			parts.add(c -> {
				c.subheading(title).fields(fields);
				if (description != null) {
					c.fields(List.of(new Field(descriptionLabel, description)));
				}
			});
		}
	}

	private void outcomes(List<Outcome> outcomes, Map<UUID, String> childCodes, Map<UUID, String> suspectLabels, Locale locale,
			List<Consumer<PdfComposer>> parts) {
		String heading = text("casework.documents.outcomes", locale);
		parts.add(c -> c.heading(heading));
		if (outcomes.isEmpty()) {
			none(parts, locale);
			return;
		}
		List<String> header = List.of(text("casework.documents.outcome.type", locale), text("casework.documents.outcome.date", locale),
				text("casework.documents.outcome.legalBasis", locale), text("casework.documents.outcome.concerns", locale),
				text("casework.documents.outcome.detail", locale));
		List<List<String>> rows = outcomes.stream().map(outcome -> List.of(
				text("casework.OutcomeType." + outcome.type().name(), locale), date(outcome.occurredOn(), locale),
				outcome.legalBasis() == null ? "" : messages.getMessage("casework.legalBasis." + outcome.legalBasis(), null, outcome.legalBasis(), locale),
				outcome.suspectId() != null ? orEmpty(suspectLabels.get(outcome.suspectId()))
						: outcome.childId() != null ? orEmpty(childCodes.get(outcome.childId())) : "",
				orEmpty(outcome.detail()))).toList();
		parts.add(c -> c.table(header, rows, 2, 1.5f, 3, 1.6f, 3));
	}

	private void tasks(List<CaseTask> tasks, Locale locale, List<Consumer<PdfComposer>> parts) {
		String heading = text("casework.documents.tasks", locale);
		parts.add(c -> c.heading(heading));
		if (tasks.isEmpty()) {
			none(parts, locale);
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(BANGKOK));
		List<String> header = List.of(text("casework.documents.task.title", locale), text("casework.documents.task.due", locale),
				text("casework.documents.task.state", locale));
		List<List<String>> rows = tasks.stream().map(task -> List.of(task.title(), date(task.dueOn(), locale),
				task.done() ? text("casework.documents.task.done", locale, dateTime(task.doneAt(), locale))
						: text(task.overdue(today) ? "casework.documents.task.overdue" : "casework.documents.task.open", locale))).toList();
		parts.add(c -> c.table(header, rows, 5, 2, 2.5f));
	}

	private void timeline(List<TimelineEntry> entries, Locale locale, List<Consumer<PdfComposer>> parts) {
		String heading = text("casework.documents.timeline", locale);
		parts.add(c -> c.heading(heading));
		if (entries.isEmpty()) {
			none(parts, locale);
			return;
		}
		List<String> header = List.of(text("casework.documents.timeline.when", locale), text("casework.documents.timeline.what", locale),
				text("casework.documents.timeline.agency", locale));
		List<List<String>> rows = entries.stream().map(entry -> List.of(dateTime(entry.at(), locale),
				views.timelineText(entry, locale),
				entry.agencyId() == null ? "" : agency(entry.agencyId(), locale))).toList();
		parts.add(c -> c.table(header, rows, 2, 5, 3));
	}

	// ---------------------------------------------------------------- text

	private void none(List<Consumer<PdfComposer>> parts, Locale locale) {
		String none = text("casework.documents.none", locale);
		parts.add(c -> c.hint(none));
	}

	private Field field(String key, Locale locale, String value) {
		return new Field(text(key, locale), value == null ? "" : value);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private String agency(UUID id, Locale locale) {
		String name = id == null ? null : agencies.name(id, locale);
		return name == null ? "" : name;
	}

	private String province(String code, Locale locale) {
		return code == null ? "" : references.provinceName(code, locale);
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	/** Thai readers get the Buddhist Era (2569 for 2026), everyone else the Gregorian calendar; Bangkok time. */
	static String dateTime(Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		var zoned = instant.atZone(BANGKOK);
		return date(zoned.toLocalDate(), locale) + " " + DateTimeFormatter.ofPattern("HH:mm").format(zoned);
	}

	static String date(LocalDate date, Locale locale) {
		if (date == null) {
			return "";
		}
		if ("th".equals(locale.getLanguage())) {
			return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag("th-TH"))
				.withChronology(ThaiBuddhistChronology.INSTANCE).format(date);
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK).format(date);
	}

}
