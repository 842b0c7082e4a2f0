package org.kumkrong.intake.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kumkrong.intake.internal.ReportSubmission;
import org.kumkrong.intake.internal.ReportSubmission.ReporterKind;
import org.kumkrong.intake.internal.SubmissionCheck;
import org.kumkrong.intake.internal.SubmissionProblem;
import org.kumkrong.intake.internal.SubmissionProblem.Kind;
import org.kumkrong.intake.internal.WhatHappened;

import org.springframework.stereotype.Component;

/**
 * Checks one page of the public form. The page's own questions (an answer must be chosen, and from the
 * choices shown) are checked here; everything else by the intake rules every report meets
 * ({@link SubmissionCheck}), whose problems are moved from their JSON paths to the page's fields, so a
 * report that passed every page is a report the intake accepts.
 */
@Component
class ReportFormCheck {

	/** Who may report through the public form (a partner uses the API). */
	static final List<String> REPORTERS = List.of(ReporterKind.CHILD.name(), ReporterKind.PARENT_OR_CARER.name(),
			ReporterKind.OTHER_ADULT.name(), ReporterKind.PROFESSIONAL.name());

	/** The age bands a child chooses from; "under 10" is recorded as the 6–9 band, the nearest one. */
	static final List<String> AGE_BANDS = List.of("AGE_10_12", "AGE_13_15", "AGE_16_17", "AGE_6_9");

	static final List<String> WHEN_CHOICES = List.of("TODAY", "THIS_WEEK", "THIS_MONTH", "EARLIER_THIS_YEAR",
			"LONGER_AGO", "NOT_SURE", ReportForm.ON_DATE);

	static final List<String> DANGER_CHOICES = List.of("NOW", "ONGOING", "NO", "UNKNOWN");

	/** A pasted list of links or names longer than this is refused before it is read line by line. */
	static final int MAX_LIST_TEXT = 20_000;

	private static final Pattern INTERNET_ITEM = Pattern.compile("internetDetails\\[(\\d+)]\\..*");

	private final SubmissionCheck submissions;

	ReportFormCheck(SubmissionCheck submissions) {
		this.submissions = submissions;
	}

	/** The problems of a page's answers, already taken into {@code form}; empty when the page is done. */
	List<FormProblem> problems(ReportStep step, ReportForm form) {
		List<FormProblem> problems = new ArrayList<>();
		switch (step) {
			case WHO -> choice(problems, "reporter", form.getReporter(), REPORTERS);
			case AGE -> choice(problems, "ageBand", form.getAgeBand(), AGE_BANDS);
			case WHAT -> {
				List<String> chosen = form.getWhatHappened();
				if (chosen.isEmpty()) {
					problems.add(FormProblem.of("whatHappened", Kind.MISSING));
				}
				else if (chosen.size() > WhatHappened.values().length) {
					problems.add(FormProblem.of("whatHappened", Kind.TOO_MANY));
				}
				else if (form.whatHappenedChoices().size() < chosen.size()) {
					problems.add(FormProblem.of("whatHappened", Kind.UNKNOWN_CODE));
				}
			}
			case WHERE -> {
				tooLong(problems, "links", form.getLinks());
				tooLong(problems, "usernames", form.getUsernames());
			}
			case WHEN -> {
				choice(problems, "when", form.getWhen(), WHEN_CHOICES);
				if (ReportForm.ON_DATE.equals(form.getWhen())) {
					if (form.getDate() == null) {
						problems.add(FormProblem.of("date", Kind.MISSING));
					}
					else if (IncidentDate.parse(form.getDate()) == null) {
						problems.add(FormProblem.of("date", Kind.MALFORMED));
					}
				}
			}
			case DANGER -> choice(problems, "danger", form.getDanger(), DANGER_CHOICES);
			case MORE, CONTACT, CHECK -> {
			}
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		for (FormProblem problem : fromIntakeRules(form)) {
			if (step.fields().contains(problem.field()) && !problems.contains(problem)) {
				problems.add(problem);
			}
		}
		return problems;
	}

	/** The problems of every page the reporter has to answer, page by page. */
	List<FormProblem> allProblems(ReportForm form) {
		List<FormProblem> problems = new ArrayList<>();
		ReportStep step = ReportStep.WHO;
		while (step != ReportStep.CHECK) {
			problems.addAll(problems(step, form));
			step = step.next(form);
		}
		return problems;
	}

	/** The intake's rules over the whole report, each problem on the page field it concerns. */
	List<FormProblem> fromIntakeRules(ReportForm form) {
		ReportSubmission submission = form.toSubmission();
		List<FormProblem> problems = new ArrayList<>();
		for (SubmissionProblem problem : submissions.problems(submission)) {
			FormProblem mapped = onPage(problem, form);
			if (mapped != null) {
				problems.add(mapped);
			}
		}
		return problems;
	}

	private static FormProblem onPage(SubmissionProblem problem, ReportForm form) {
		String path = problem.field();
		Kind kind = problem.kind();
		Matcher internet = INTERNET_ITEM.matcher(path);
		if (internet.matches()) {
			int index = Integer.parseInt(internet.group(1));
			List<ReportForm.Line> links = form.linkLines();
			if (index < links.size()) {
				return new FormProblem("links", kind, links.get(index).number());
			}
			List<ReportForm.Line> usernames = form.usernameLines();
			int at = index - links.size();
			return at < usernames.size() ? new FormProblem("usernames", kind, usernames.get(at).number())
					: FormProblem.of("usernames", kind);
		}
		if (path.equals("internetDetails")) {
			return FormProblem.of(form.linkLines().size() >= form.usernameLines().size() ? "links" : "usernames", kind);
		}
		String field = switch (path.replaceAll("\\[\\d+]$", "")) {
			case "reporter" -> "reporter";
			case "reporterAgeBand" -> "ageBand";
			case "incidentTypes" -> "whatHappened";
			case "incidentTime" -> "date";
			case "platforms" -> "platforms";
			case "description" -> "description";
			case "contact.name" -> "contactName";
			case "contact.phone" -> "contactPhone";
			case "contact.email" -> "contactEmail";
			case "contact.note" -> "contactTime";
			case "screenshots" -> "screenshots";
			default -> null;
		};
		return field == null ? null : FormProblem.of(field, kind);
	}

	private static void choice(List<FormProblem> problems, String field, String value, List<String> choices) {
		if (value == null || value.isBlank()) {
			problems.add(FormProblem.of(field, Kind.MISSING));
		}
		else if (!choices.contains(value)) {
			problems.add(FormProblem.of(field, Kind.UNKNOWN_CODE));
		}
	}

	private static void tooLong(List<FormProblem> problems, String field, String value) {
		if (value != null && value.length() > MAX_LIST_TEXT) {
			problems.add(FormProblem.of(field, Kind.TOO_LONG));
		}
	}

}
