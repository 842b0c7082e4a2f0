package org.kumkrong.matching.internal;

import java.util.List;

/**
 * Why one line of a hash list was refused: its line number in the file (1 is the CSV header), the column
 * or JSON field, and a message key of module matching with its arguments.
 */
public record ImportProblem(long line, String field, String messageKey, List<Object> arguments) {

	public ImportProblem {
		arguments = arguments == null ? List.of() : List.copyOf(arguments);
	}

	static ImportProblem of(long line, String field, String messageKey, Object... arguments) {
		return new ImportProblem(line, field, messageKey, List.of(arguments));
	}

}
