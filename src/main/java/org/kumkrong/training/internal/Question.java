package org.kumkrong.training.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A question of a course version's final assessment. A SINGLE question has one right option; a MULTIPLE one
 * is answered right when exactly its right options are chosen.
 */
public record Question(UUID id, int position, Kind kind, Texts text, Texts explanation, List<Option> options) {

	public enum Kind {
		SINGLE, MULTIPLE
	}

	public record Option(UUID id, int position, Texts text, boolean correct) {
	}

	public Set<UUID> rightOptions() {
		return options.stream().filter(Option::correct).map(Option::id).collect(Collectors.toSet());
	}

	public boolean answeredRight(Set<UUID> chosen) {
		return chosen != null && chosen.equals(rightOptions());
	}

	/** Why it cannot be published as it is, as a message key, or {@code null}. */
	public String problem() {
		if (text.isBlank()) {
			return "training.author.error.questionText";
		}
		if (text.en().length() > 2000 || text.th().length() > 2000 || explanation.en().length() > 2000
				|| explanation.th().length() > 2000
				|| options.stream().anyMatch(o -> o.text().en().length() > 1000 || o.text().th().length() > 1000)) {
			return "training.author.error.tooLong";
		}
		long right = options.stream().filter(Option::correct).count();
		if (options.size() < 2) {
			return "training.author.error.options";
		}
		if (right == 0 || (kind == Kind.SINGLE && right != 1)) {
			return "training.author.error.rightOptions";
		}
		return null;
	}

}
