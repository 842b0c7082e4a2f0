package org.kumkrong.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class DateDisplayTests {

	final DateDisplay dates = new DateDisplay();

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void showsTheBuddhistEraAndBangkokTimeToThaiReaders() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("th"));
		// 2026-11-28 20:30 UTC is 29 November 2026, 03:30 in Bangkok: Buddhist Era 2569.
		assertThat(dates.dateTime(Instant.parse("2026-11-28T20:30:00Z"))).contains("2569").contains("03:30")
			.contains("29").doesNotContain("2026");
		assertThat(dates.date(LocalDate.of(2026, 1, 5))).contains("2569").contains("ม.ค.");
	}

	@Test
	void showsTheGregorianCalendarToEnglishReaders() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(dates.dateTime(Instant.parse("2026-11-28T20:30:00Z"))).contains("2026").contains("29").contains("03:30");
		assertThat(dates.date(LocalDate.of(2026, 1, 5))).contains("2026").contains("Jan");
	}

	@Test
	void showsNothingForAMissingDate() {
		assertThat(dates.dateTime(null)).isEmpty();
		assertThat(dates.date(null)).isEmpty();
	}

}
