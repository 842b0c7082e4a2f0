package org.kumkrong.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as people read them: stored in UTC, shown in Thailand's time zone, in the Buddhist Era for
 * Thai (2569 for 2026) and the Gregorian calendar for English. Used in templates as {@code @dates}.
 */
@Component("dates")
public class DateDisplay {

	static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	/** Thai medium date in the Buddhist Era: the chronology must be set, a Thai locale alone keeps ISO years. */
	static final DateTimeFormatter THAI_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
		.withLocale(Locale.forLanguageTag("th-TH"))
		.withChronology(ThaiBuddhistChronology.INSTANCE);

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		if ("th".equals(locale.getLanguage())) {
			var zoned = instant.atZone(BANGKOK);
			return THAI_DATE.format(zoned.toLocalDate()) + " " + DateTimeFormatter.ofPattern("HH:mm").format(zoned);
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(Locale.UK)
			.format(instant.atZone(BANGKOK));
	}

	public String date(LocalDate date) {
		if (date == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		if ("th".equals(locale.getLanguage())) {
			return THAI_DATE.format(date);
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK).format(date);
	}

	/** ISO form for {@code <time datetime="…">}. */
	public String iso(Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
	}

}
