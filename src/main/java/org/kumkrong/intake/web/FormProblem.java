package org.kumkrong.intake.web;

import org.kumkrong.intake.internal.SubmissionProblem.Kind;

/**
 * One thing wrong with an answer of a public page: the form field (its input's id), what is wrong, and
 * for a multi-line answer the line. Never carries the value.
 */
record FormProblem(String field, Kind kind, Integer line) {

	static FormProblem of(String field, Kind kind) {
		return new FormProblem(field, kind, null);
	}

}
