package org.kumkrong.reference;

/**
 * The code lists other modules record against. Provinces are a list of their own ({@link Province}).
 * The URL form ({@link #slug()}) is used on the administration pages.
 */
public enum ReferenceList {

	/** The offence taxonomy in the terms of the Luxembourg Guidelines, with its NCMEC mapping. */
	OFFENCE,
	/** Age bands of a child or other person at the time of the incident. */
	AGE_BAND,
	/** Sex as recorded in a case. */
	SEX,
	/** Agency types (sectors): police, prosecution, court, social services, NGO … */
	AGENCY_TYPE,
	/** Online platforms and services where harm happened. */
	PLATFORM;

	/** Lower-case, hyphenated name for URLs and message keys, for example {@code age-band}. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** The list named by {@code slug}, or {@code null} for an unknown one. */
	public static ReferenceList fromSlug(String slug) {
		for (ReferenceList list : values()) {
			if (list.slug().equals(slug)) {
				return list;
			}
		}
		return null;
	}

}
