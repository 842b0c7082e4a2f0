package org.kumkrong.statistics.internal;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * How published figures read: exact counts with digit grouping, small ones as "&lt; k", withheld ones as the
 * word for withheld, medians with one decimal. One per request (locale and k).
 */
public final class Figures {

	private final MessageSource messages;

	private final Locale locale;

	private final int k;

	Figures(MessageSource messages, Locale locale, int k) {
		this.messages = messages;
		this.locale = locale;
		this.k = k;
	}

	public String text(StatTable.Cell cell) {
		return switch (cell.mark()) {
			case SHOWN -> count(cell.value());
			case SMALL -> "< " + k;
			case WITHHELD -> withheld();
		};
	}

	/** The same, with "*" for withheld (narrow columns of a printed table; the note explains it). */
	public String compact(StatTable.Cell cell) {
		return cell.withheld() ? "*" : text(cell);
	}

	public String count(long value) {
		return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
	}

	public String withheld() {
		return messages.getMessage("statistics.withheld", null, locale);
	}

	public String median(double value) {
		return Double.isNaN(value) ? "–" : String.format(Locale.ENGLISH, "%.1f", value);
	}

	public int k() {
		return k;
	}

}
