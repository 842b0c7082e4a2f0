package org.kumkrong.intake.web;

import java.util.List;

import org.kumkrong.intake.internal.ReportSubmission.ReporterKind;

/**
 * The pages of the public report form, one question each, in the order a reporter meets them. The age
 * page belongs to step 1 and is asked only of a child. Each page knows the form fields it answers, so
 * a problem found in the whole submission is shown next to its own question.
 */
enum ReportStep {

	WHO("who", 1, List.of("reporter")),
	AGE("age", 1, List.of("ageBand")),
	WHAT("what", 2, List.of("whatHappened")),
	WHERE("where", 3, List.of("platforms", "links", "usernames")),
	WHEN("when", 4, List.of("when", "date")),
	DANGER("now", 5, List.of("danger")),
	MORE("more", 6, List.of("description", "screenshots")),
	CONTACT("contact", 7, List.of("contactName", "contactPhone", "contactEmail", "contactTime")),
	CHECK("check", 8, List.of());

	/** How many steps the reporter is told there are. */
	static final int TOTAL = 8;

	private final String slug;

	private final int number;

	private final List<String> fields;

	ReportStep(String slug, int number, List<String> fields) {
		this.slug = slug;
		this.number = number;
		this.fields = fields;
	}

	String slug() {
		return slug;
	}

	/** The step number shown to the reporter ("step 2 of 8"). */
	int number() {
		return number;
	}

	List<String> fields() {
		return fields;
	}

	String path() {
		return "/report/" + slug;
	}

	/** The page after this one for this reporter. */
	ReportStep next(ReportForm form) {
		return switch (this) {
			case WHO -> form.reporterKind() == ReporterKind.CHILD ? AGE : WHAT;
			case AGE -> WHAT;
			case WHAT -> WHERE;
			case WHERE -> WHEN;
			case WHEN -> DANGER;
			case DANGER -> MORE;
			case MORE -> CONTACT;
			case CONTACT, CHECK -> CHECK;
		};
	}

	/** The page before this one for this reporter, or {@code null} on the first. */
	ReportStep previous(ReportForm form) {
		return switch (this) {
			case WHO -> null;
			case AGE -> WHO;
			case WHAT -> form.reporterKind() == ReporterKind.CHILD ? AGE : WHO;
			case WHERE -> WHAT;
			case WHEN -> WHERE;
			case DANGER -> WHEN;
			case MORE -> DANGER;
			case CONTACT -> MORE;
			case CHECK -> CONTACT;
		};
	}

	/** The first page this reporter still has to answer, or {@link #CHECK} when every one is answered. */
	static ReportStep firstUnanswered(ReportForm form) {
		ReportStep step = WHO;
		while (step != CHECK && form.answered(step)) {
			step = step.next(form);
		}
		return step;
	}

	static ReportStep ofSlug(String slug) {
		for (ReportStep step : values()) {
			if (step.slug.equals(slug)) {
				return step;
			}
		}
		return null;
	}

}
