package org.kumkrong.reference;

import java.util.Locale;

/** Which of the two languages a locale reads. */
final class Labels {

	private Labels() {
	}

	static boolean isThai(Locale locale) {
		return locale != null && "th".equals(locale.getLanguage());
	}

}
