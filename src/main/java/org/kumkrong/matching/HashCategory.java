package org.kumkrong.matching;

import java.util.Locale;
import java.util.Optional;

/**
 * What a hash list says a file is. The Project VIC numbers (VICS JSON {@code Category}) map as
 * 0 uncategorised, 1 child sexual abuse material, 2 child exploitative (not abuse, or age difficult),
 * 3 computer-generated or animated abuse material, 4 comparison (reference images, not pertinent).
 */
public enum HashCategory {

	KNOWN_CSAM(1, true), CHILD_EXPLOITATIVE(2, true), CGI_ANIMATION(3, true), COMPARISON(4, false),
	KNOWN_BENIGN(-1, false), UNCATEGORIZED(0, false);

	private final int projectVic;

	private final boolean raisesPriority;

	HashCategory(int projectVic, boolean raisesPriority) {
		this.projectVic = projectVic;
		this.raisesPriority = raisesPriority;
	}

	/** Whether a match in this category makes the case more urgent (known benign content does not). */
	public boolean raisesPriority() {
		return raisesPriority;
	}

	/** The category a code names (case-insensitive, {@code known-csam} or {@code KNOWN_CSAM}), if any. */
	public static Optional<HashCategory> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String name = code.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (HashCategory category : values()) {
			if (category.name().equals(name)) {
				return Optional.of(category);
			}
		}
		return Optional.empty();
	}

	/** The category of a Project VIC category number, if it is one. */
	public static Optional<HashCategory> fromProjectVic(int number) {
		for (HashCategory category : values()) {
			if (category.projectVic == number) {
				return Optional.of(category);
			}
		}
		return Optional.empty();
	}

}
