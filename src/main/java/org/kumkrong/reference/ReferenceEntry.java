package org.kumkrong.reference;

import java.util.List;
import java.util.Locale;

/**
 * One entry of a reference list: a stable code with Thai and English labels and descriptions.
 * Offences also carry the NCMEC CyberTipline incident type they are reported as (NCMEC's own category
 * name, for the mapping only, never shown as a label) and the activity and flag codes a recorded offence
 * may carry (for {@code CSAM}: activities PRODUCTION, DISTRIBUTION, POSSESSION, ACCESS; flags
 * SELF_GENERATED, AI_GENERATED, LIVE_STREAMED).
 */
public record ReferenceEntry(ReferenceList list, String code, String labelEn, String labelTh, String descriptionEn,
		String descriptionTh, boolean active, int sortOrder, String ncmecIncidentType, List<String> activities,
		List<String> flags) {

	public ReferenceEntry {
		activities = activities == null ? List.of() : List.copyOf(activities);
		flags = flags == null ? List.of() : List.copyOf(flags);
	}

	/** The label in Thai for a Thai locale, in English otherwise. */
	public String label(Locale locale) {
		return Labels.isThai(locale) ? labelTh : labelEn;
	}

	/** The description in Thai for a Thai locale, in English otherwise; may be {@code null}. */
	public String description(Locale locale) {
		return Labels.isThai(locale) ? descriptionTh : descriptionEn;
	}

}
