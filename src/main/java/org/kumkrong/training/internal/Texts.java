package org.kumkrong.training.internal;

import java.util.Locale;

/** Text written in English and Thai: the reader's language when it is there, the other one otherwise. */
public record Texts(String en, String th) {

	public Texts {
		en = en == null ? "" : en;
		th = th == null ? "" : th;
	}

	public String in(Locale locale) {
		boolean thai = locale != null && "th".equals(locale.getLanguage());
		String preferred = thai ? th : en;
		return preferred.isBlank() ? (thai ? en : th) : preferred;
	}

	public boolean isBlank() {
		return en.isBlank() && th.isBlank();
	}

}
