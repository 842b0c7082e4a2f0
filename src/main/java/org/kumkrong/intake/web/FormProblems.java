package org.kumkrong.intake.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The problems of a page as the page shows them: a summary at the top linking to each field, and each
 * message again next to its field. Every message names its field ("Links, line 2: …"), in the reader's
 * language. Used in templates as {@code problems}.
 */
public record FormProblems(List<Shown> all) {

	/** One message and the id of the input it belongs to. */
	public record Shown(String field, String text) {
	}

	static final FormProblems NONE = new FormProblems(List.of());

	static FormProblems of(List<FormProblem> problems, MessageSource messages, Locale locale) {
		return new FormProblems(problems.stream().map(problem -> {
			String label = messages.getMessage("intake.report.field." + problem.field(), null, locale);
			String text = problem.line() == null
					? messages.getMessage("intake.report.problem." + problem.kind().name(), new Object[] { label }, locale)
					: messages.getMessage("intake.report.problem.line." + problem.kind().name(),
							new Object[] { label, problem.line() }, locale);
			return new Shown(problem.field(), text);
		}).toList());
	}

	/** These problems and some more, already worded (a refused screenshot names its file). */
	FormProblems plus(List<Shown> more) {
		return more.isEmpty() ? this : new FormProblems(java.util.stream.Stream.concat(all.stream(), more.stream()).toList());
	}

	public boolean any() {
		return !all.isEmpty();
	}

	public boolean has(String field) {
		return all.stream().anyMatch(shown -> shown.field().equals(field));
	}

	/** The messages of one field, to show next to it. */
	public List<String> of(String field) {
		return all.stream().filter(shown -> shown.field().equals(field)).map(Shown::text).toList();
	}

}
