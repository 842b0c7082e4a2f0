package org.kumkrong.coordination.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kumkrong.coordination.internal.WorkingGroupDesk;
import org.kumkrong.coordination.internal.WorkingGroupDesk.Action;
import org.kumkrong.coordination.internal.WorkingGroupDesk.Decision;
import org.kumkrong.coordination.internal.WorkingGroupDesk.Meeting;
import org.kumkrong.directory.Agencies;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.PdfComposer;
import org.kumkrong.platform.PdfComposer.Field;
import org.kumkrong.platform.PdfDocuments;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The meeting pack: a meeting's decisions with the actions each created, then every open action of the
 * working group (overdue ones marked), as a PDF (Thai shaped by the platform's documents) or a CSV (UTF-8
 * with a byte-order mark, so spreadsheets read Thai). Everything is read before the response starts, so a
 * missing meeting is still a plain 404 page.
 */
@Controller
class MeetingPackController {

	private final WorkingGroupDesk desk;

	private final Agencies agencies;

	private final PdfDocuments documents;

	private final MessageSource messages;

	MeetingPackController(WorkingGroupDesk desk, Agencies agencies, PdfDocuments documents, MessageSource messages) {
		this.desk = desk;
		this.agencies = agencies;
		this.documents = documents;
		this.messages = messages;
	}

	/** One line of the pack: a decision, or an action (of a decision, or open in the working group). */
	record Line(String kind, String number, String text, String objective, String owner, String lead, String due,
			String status, boolean overdue) {
	}

	record Pack(Meeting meeting, List<String> participants, List<Line> decisions, List<Line> openActions) {
	}

	Pack prepare(UUID meetingId, Locale locale) {
		Meeting meeting = desk.requireMeeting(meetingId);
		LocalDate today = desk.today();
		List<Action> ofMeeting = desk.actionsOfMeeting(meetingId);
		List<Line> decisions = new ArrayList<>();
		for (Decision decision : desk.decisions(meetingId)) {
			decisions.add(new Line("decision", Integer.toString(decision.position()), decision.text(), "", "", "", "", "", false));
			ofMeeting.stream().filter(action -> decision.id().equals(action.decisionId()))
				.forEach(action -> decisions.add(line(action, decision.position() + ".", today, locale)));
		}
		List<Line> open = desk.actions().stream().filter(action -> action.status().open())
			.map(action -> line(action, "", today, locale)).toList();
		List<String> participants = meeting.agencyIds().stream().map(id -> agencies.name(id, locale)).toList();
		return new Pack(meeting, participants, decisions, open);
	}

	private Line line(Action action, String number, LocalDate today, Locale locale) {
		String objective = text("coordination.objective." + action.objectiveCode(), locale);
		return new Line("action", number, action.title(), objective, agencies.name(action.ownerAgencyId(), locale),
				action.leadName() == null ? "" : action.leadName(), date(action.dueOn(), locale),
				text("coordination.status." + action.status().name(), locale), action.overdue(today));
	}

	@GetMapping("/coordination/meetings/{id}/pack.pdf")
	@PreAuthorize("hasAuthority('COORDINATION_VIEW')")
	void pdf(@PathVariable("id") UUID id, Locale locale, HttpServletResponse response) throws IOException {
		Pack pack = prepare(id, locale);
		response.setContentType("application/pdf");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename("meeting-pack-" + pack.meeting().heldOn() + ".pdf").build().toString());
		response.setHeader("Cache-Control", "no-store");
		String title = text("coordination.pack.title", locale, pack.meeting().title());
		String footer = text("coordination.pack.footer", locale, date(desk.today(), locale),
				Actor.current().map(Actor::username).orElse(""));
		try (PdfComposer pdf = documents.start(response.getOutputStream(), new PdfDocuments.Setup(title, footer, locale))) {
			pdf.title(title);
			pdf.fields(List.of(new Field(text("coordination.field.heldOn", locale), date(pack.meeting().heldOn(), locale)),
					new Field(text("coordination.field.place", locale), orDash(pack.meeting().place())),
					new Field(text("coordination.field.agencyIds", locale), pack.participants().isEmpty() ? "—"
							: String.join(", ", pack.participants()))));
			if (pack.meeting().agenda() != null) {
				pdf.heading(text("coordination.field.agenda", locale));
				pdf.paragraph(pack.meeting().agenda());
			}
			if (pack.meeting().minutes() != null) {
				pdf.heading(text("coordination.field.minutes", locale));
				pdf.paragraph(pack.meeting().minutes());
			}
			pdf.heading(text("coordination.pack.decisions", locale));
			if (pack.decisions().isEmpty()) {
				pdf.hint(text("coordination.meeting.noDecisions", locale));
			}
			else {
				pdf.table(header(locale), pack.decisions().stream().map(line -> row(line, locale)).toList(), 1, 6, 3, 3, 2, 2);
			}
			pdf.heading(text("coordination.pack.openActions", locale));
			if (pack.openActions().isEmpty()) {
				pdf.hint(text("coordination.actions.none", locale));
			}
			else {
				pdf.table(header(locale), pack.openActions().stream().map(line -> row(line, locale)).toList(), 1, 6, 3, 3, 2, 2);
			}
		}
	}

	@GetMapping("/coordination/meetings/{id}/pack.csv")
	@PreAuthorize("hasAuthority('COORDINATION_VIEW')")
	void csv(@PathVariable("id") UUID id, Locale locale, HttpServletResponse response) throws IOException {
		Pack pack = prepare(id, locale);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename("meeting-pack-" + pack.meeting().heldOn() + ".csv").build().toString());
		response.setHeader("Cache-Control", "no-store");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		String[] header = List.of("section", "kind", "number", "text", "objective", "owner", "lead", "due", "status", "overdue")
			.stream().map(column -> text("coordination.pack.column." + column, locale)).toArray(String[]::new);
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(header).get())) {
			for (Line line : pack.decisions()) {
				print(csv, text("coordination.pack.decisions", locale), line, locale);
			}
			for (Line line : pack.openActions()) {
				print(csv, text("coordination.pack.openActions", locale), line, locale);
			}
		}
	}

	private void print(CSVPrinter csv, String section, Line line, Locale locale) throws IOException {
		csv.printRecord(section, text("coordination.pack.kind." + line.kind(), locale), line.number(), safe(line.text()),
				safe(line.objective()), safe(line.owner()), safe(line.lead()), line.due(), line.status(),
				line.kind().equals("action") ? text(line.overdue() ? "coordination.yes" : "coordination.no", locale) : "");
	}

	private List<String> header(Locale locale) {
		return List.of("#", text("coordination.pack.column.text", locale), text("coordination.pack.column.objective", locale),
				text("coordination.pack.column.owner", locale), text("coordination.pack.column.due", locale),
				text("coordination.pack.column.status", locale));
	}

	private List<String> row(Line line, Locale locale) {
		if (line.kind().equals("decision")) {
			return List.of(line.number(), text("coordination.pack.decisionText", locale, line.text()), "", "", "", "");
		}
		String status = line.overdue() ? line.status() + " · " + text("coordination.overdue", locale) : line.status();
		return List.of(line.number(), line.text() + (line.lead().isEmpty() ? "" : " (" + line.lead() + ")"), line.objective(),
				line.owner(), line.due(), status);
	}

	/** A cell a spreadsheet would run as a formula starts with a quote instead. */
	static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
	}

	private String date(LocalDate date, Locale locale) {
		if (date == null) {
			return "";
		}
		if ("th".equals(locale.getLanguage())) {
			return DateTimeFormatter.ofPattern("d MMM G yyyy", locale).format(ThaiBuddhistDate.from(date));
		}
		return DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(date);
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private static String orDash(String value) {
		return value == null || value.isBlank() ? "—" : value;
	}

}
