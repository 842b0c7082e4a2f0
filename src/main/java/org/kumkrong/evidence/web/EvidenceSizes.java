package org.kumkrong.evidence.web;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** File sizes as people read them ({@code 1.4 MB}), for templates as {@code @evidenceSizes}. */
@Component("evidenceSizes")
public class EvidenceSizes {

	public String format(long bytes) {
		Locale locale = LocaleContextHolder.getLocale();
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return String.format(locale, "%.1f KB", bytes / 1024.0);
		}
		if (bytes < 1024L * 1024 * 1024) {
			return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024));
		}
		return String.format(locale, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
	}

}
