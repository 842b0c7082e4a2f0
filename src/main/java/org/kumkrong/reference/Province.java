package org.kumkrong.reference;

import java.util.Locale;

/**
 * A province of Thailand (changwat, or Bangkok), identified by its ISO 3166-2:TH code such as
 * {@code TH-10}. Codes are stable; a province is deactivated, never deleted.
 */
public record Province(String code, String nameEn, String nameTh, boolean active) {

	/** The name in Thai for a Thai locale, in English otherwise. */
	public String name(Locale locale) {
		return Labels.isThai(locale) ? nameTh : nameEn;
	}

}
