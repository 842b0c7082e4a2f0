package org.kumkrong.intake.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date a reporter gives: the ISO form a date field sends ({@code 2026-03-14}) and, where a
 * phone shows a plain text box instead, day/month/year as Thai people write it ({@code 14/3/2569}). A
 * year after 2400 is in the Buddhist Era (543 years ahead).
 */
final class IncidentDate {

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");

	private static final int BUDDHIST_ERA_OFFSET = 543;

	private IncidentDate() {
	}

	/** The date, or {@code null} when the text is not one. */
	static LocalDate parse(String text) {
		if (text == null || text.length() > 20) {
			return null;
		}
		String value = text.strip();
		Matcher iso = ISO.matcher(value);
		if (iso.matches()) {
			return of(iso.group(1), iso.group(2), iso.group(3));
		}
		Matcher dayFirst = DAY_FIRST.matcher(value);
		if (dayFirst.matches()) {
			return of(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
		}
		return null;
	}

	private static LocalDate of(String year, String month, String day) {
		int y = Integer.parseInt(year);
		if (y > 2400) {
			y -= BUDDHIST_ERA_OFFSET;
		}
		try {
			return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
