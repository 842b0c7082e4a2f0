package org.kumkrong.intake.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;

/**
 * A screenshot kept for the draft in the reporter's session: the id of the stored file and what the
 * reporter's page shows of it (the name the reporter's device gave it, its type and size in pixels);
 * never the picture.
 */
public record AttachedScreenshot(UUID id, String name, String mediaType, int width, int height) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The longest file name shown back to the reporter. */
	static final int MAX_NAME = 80;

	/** The last part of an uploaded file's name, shortened, with anything unprintable replaced. */
	static String displayName(String original) {
		if (original == null || original.isBlank()) {
			return "";
		}
		String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
		StringBuilder clean = new StringBuilder();
		name.codePoints()
			.map(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE ? '_' : c)
			.forEach(clean::appendCodePoint);
		String result = clean.toString().strip();
		return result.length() > MAX_NAME ? result.substring(0, MAX_NAME) : result;
	}

}
