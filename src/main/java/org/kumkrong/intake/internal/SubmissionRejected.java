package org.kumkrong.intake.internal;

import java.util.List;

/** A submission with problems; nothing was stored. Carries the problems (paths and codes), never values. */
public class SubmissionRejected extends RuntimeException {

	private final transient List<SubmissionProblem> problems;

	public SubmissionRejected(List<SubmissionProblem> problems) {
		super("submission rejected: " + problems.size() + " problem(s)");
		this.problems = List.copyOf(problems);
	}

	public List<SubmissionProblem> problems() {
		return problems;
	}

}
