package org.kumkrong.intake.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.kumkrong.intake.ReportChannel;
import org.kumkrong.intake.internal.ReportSubmission;
import org.kumkrong.intake.internal.ReportSubmission.Danger;
import org.kumkrong.intake.internal.ReportSubmission.InternetDetail;
import org.kumkrong.intake.internal.ReportSubmission.ReporterKind;
import org.kumkrong.intake.internal.WhatHappened;

/**
 * The public report form: what a page sends (bound fresh on each POST) and, in the reporter's session,
 * the draft of all answers so far. A POST changes only the fields of its own page
 * ({@link #copyAnswers}); which pages were answered and the screenshots are not bindable. Everything is
 * kept as the reporter typed it; {@link #toSubmission()} turns it into a {@link ReportSubmission}.
 */
public class ReportForm implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The "when" choice of a reporter who knows the date. */
	static final String ON_DATE = "DATE";

	/** Reports are dated in Thailand's time zone: a child's "yesterday" is a Bangkok day. */
	static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

	private String reporter;

	private String ageBand;

	private List<String> whatHappened = new ArrayList<>();

	private List<String> platforms = new ArrayList<>();

	private String links;

	private String usernames;

	private String when;

	private String date;

	private String danger;

	private String description;

	private String contactName;

	private String contactPhone;

	private String contactEmail;

	private String contactTime;

	private final EnumSet<ReportStep> answered = EnumSet.noneOf(ReportStep.class);

	private final List<AttachedScreenshot> attached = new ArrayList<>();

	private boolean checking;

	/** Takes this page's answers from a submitted form; the other pages' answers stay as they were. */
	void copyAnswers(ReportStep step, ReportForm sent) {
		switch (step) {
			case WHO -> {
				reporter = trim(sent.reporter);
				if (reporterKind() != ReporterKind.CHILD) {
					// Only a child is asked their age.
					ageBand = null;
					answered.remove(ReportStep.AGE);
				}
			}
			case AGE -> ageBand = trim(sent.ageBand);
			case WHAT -> whatHappened = distinct(sent.whatHappened);
			case WHERE -> {
				platforms = distinct(sent.platforms);
				links = sent.links;
				usernames = sent.usernames;
			}
			case WHEN -> {
				when = trim(sent.when);
				date = trim(sent.date);
				if (when == null && date != null) {
					when = ON_DATE;
				}
				if (!ON_DATE.equals(when)) {
					date = null;
				}
				LocalDate day = IncidentDate.parse(date);
				if (day != null) {
					// The date field shows only the ISO form; "14/3/2569" comes back as 2026-03-14.
					date = day.toString();
				}
			}
			case DANGER -> danger = trim(sent.danger);
			case MORE -> description = sent.description;
			case CONTACT -> {
				contactName = sent.contactName;
				contactPhone = sent.contactPhone;
				contactEmail = sent.contactEmail;
				contactTime = sent.contactTime;
			}
			case CHECK -> {
			}
		}
	}

	/** A copy of this draft, to try a page's answers on before keeping them. */
	ReportForm copy() {
		ReportForm copy = new ReportForm();
		copy.reporter = reporter;
		copy.ageBand = ageBand;
		copy.whatHappened = new ArrayList<>(whatHappened);
		copy.platforms = new ArrayList<>(platforms);
		copy.links = links;
		copy.usernames = usernames;
		copy.when = when;
		copy.date = date;
		copy.danger = danger;
		copy.description = description;
		copy.contactName = contactName;
		copy.contactPhone = contactPhone;
		copy.contactEmail = contactEmail;
		copy.contactTime = contactTime;
		copy.answered.addAll(answered);
		copy.attached.addAll(attached);
		copy.checking = checking;
		return copy;
	}

	boolean answered(ReportStep step) {
		return answered.contains(step);
	}

	void markAnswered(ReportStep step) {
		answered.add(step);
	}

	/** Whether the reporter has reached the check page: from then on, every page returns to it. */
	boolean checking() {
		return checking;
	}

	void startChecking() {
		checking = true;
	}

	List<UUID> screenshotIds() {
		return attached.stream().map(AttachedScreenshot::id).toList();
	}

	/** The screenshots added so far, in the order they were added. */
	public List<AttachedScreenshot> getAttached() {
		return List.copyOf(attached);
	}

	void addScreenshot(AttachedScreenshot screenshot) {
		attached.add(screenshot);
	}

	/** Takes back the screenshot at this place (from 1), or {@code null} when there is none. */
	AttachedScreenshot removeScreenshot(int number) {
		return number >= 1 && number <= attached.size() ? attached.remove(number - 1) : null;
	}

	ReporterKind reporterKind() {
		return parse(ReporterKind.class, reporter);
	}

	Danger dangerChoice() {
		return parse(Danger.class, danger);
	}

	/** Whether the reporter said a child is in danger right now: 191 is shown on every page after. */
	public boolean isDangerNow() {
		return dangerChoice() == Danger.NOW;
	}

	List<WhatHappened> whatHappenedChoices() {
		List<WhatHappened> choices = new ArrayList<>();
		for (String name : whatHappened) {
			WhatHappened choice = parse(WhatHappened.class, name);
			if (choice != null) {
				choices.add(choice);
			}
		}
		return choices;
	}

	/** The web links, one per line, blank lines left out. */
	List<Line> linkLines() {
		return Line.of(links);
	}

	List<Line> usernameLines() {
		return Line.of(usernames);
	}

	/** The whole report as the intake module takes it. Values that do not parse are left out here; the page checks name them. */
	ReportSubmission toSubmission() {
		ReporterKind kind = reporterKind();
		List<InternetDetail> internet = new ArrayList<>();
		linkLines().forEach(line -> internet.add(new InternetDetail("WEB_PAGE", Line.webAddress(line.text()), null, null)));
		usernameLines().forEach(line -> internet.add(new InternetDetail("USERNAME", line.text(), null, null)));
		List<WhatHappened> choices = whatHappenedChoices();
		ReportSubmission.IncidentWhen approximate = parse(ReportSubmission.IncidentWhen.class, when);
		ReportSubmission.Contact contact = new ReportSubmission.Contact(trim(contactName), trim(contactPhone),
				trim(contactEmail), trim(contactTime));
		return new ReportSubmission(ReportChannel.PUBLIC, kind, kind == ReporterKind.CHILD ? trim(ageBand) : null,
				WhatHappened.offenceCodes(choices), choices.stream().map(Enum::name).toList(), incidentDate(),
				approximate == null ? null : approximate.name(), dangerChoice(), null, null, null, List.copyOf(platforms),
				internet, List.of(), List.of(), List.of(), trim(description), contact.isEmpty() ? null : contact, null,
				screenshotIds());
	}

	/** The start of the given day in Thailand, or {@code null} without a readable date. */
	Instant incidentDate() {
		if (!ON_DATE.equals(when)) {
			return null;
		}
		LocalDate day = IncidentDate.parse(date);
		return day == null ? null : day.atStartOfDay(THAILAND).toInstant();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String name) {
		if (name == null) {
			return null;
		}
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(name)) {
				return value;
			}
		}
		return null;
	}

	private static String trim(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static List<String> distinct(List<String> values) {
		return values == null ? new ArrayList<>() : new ArrayList<>(values.stream().distinct().toList());
	}

	public String getReporter() { return reporter; }
	public void setReporter(String reporter) { this.reporter = reporter; }
	public String getAgeBand() { return ageBand; }
	public void setAgeBand(String ageBand) { this.ageBand = ageBand; }
	public List<String> getWhatHappened() { return whatHappened; }
	public void setWhatHappened(List<String> whatHappened) { this.whatHappened = whatHappened; }
	public List<String> getPlatforms() { return platforms; }
	public void setPlatforms(List<String> platforms) { this.platforms = platforms; }
	public String getLinks() { return links; }
	public void setLinks(String links) { this.links = links; }
	public String getUsernames() { return usernames; }
	public void setUsernames(String usernames) { this.usernames = usernames; }
	public String getWhen() { return when; }
	public void setWhen(String when) { this.when = when; }
	public String getDate() { return date; }
	public void setDate(String date) { this.date = date; }
	public String getDanger() { return danger; }
	public void setDanger(String danger) { this.danger = danger; }
	public String getDescription() { return description; }
	public void setDescription(String description) { this.description = description; }
	public String getContactName() { return contactName; }
	public void setContactName(String contactName) { this.contactName = contactName; }
	public String getContactPhone() { return contactPhone; }
	public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
	public String getContactEmail() { return contactEmail; }
	public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
	public String getContactTime() { return contactTime; }
	public void setContactTime(String contactTime) { this.contactTime = contactTime; }

	/** A non-blank line of a multi-line answer and its number as the reporter sees it (from 1). */
	record Line(int number, String text) {

		private static final Pattern BARE_HOST = Pattern
			.compile("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}(:[0-9]{1,5})?([/?#]\\S*)?");

		static List<Line> of(String text) {
			List<Line> lines = new ArrayList<>();
			if (text == null) {
				return lines;
			}
			String[] parts = text.split("\\R", -1);
			for (int i = 0; i < parts.length; i++) {
				if (!parts[i].isBlank()) {
					lines.add(new Line(i + 1, parts[i].strip()));
				}
			}
			return lines;
		}

		/** "tiktok.com/@name" is how people copy links: a bare host name and path is read as an https address. */
		static String webAddress(String text) {
			return BARE_HOST.matcher(text).matches() ? "https://" + text : text;
		}

	}

}
