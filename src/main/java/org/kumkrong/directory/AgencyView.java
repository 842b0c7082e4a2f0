package org.kumkrong.directory;

import java.util.Locale;
import java.util.UUID;

/**
 * An agency as other modules see it: names in both languages, its type (an {@code AGENCY_TYPE} reference
 * code such as {@code POLICE}), its province (ISO 3166-2:TH code), its parent agency, if any, and whether
 * it is active. A disabled agency keeps its id, so records made by it stay readable. An intake desk is an
 * agency whose staff work the triage queue of incoming reports and are alerted when a child is in danger.
 */
public record AgencyView(UUID id, String nameEn, String nameTh, String typeCode, String provinceCode, UUID parentId,
		boolean active, boolean intakeDesk) {

	/** The name in Thai for a Thai locale, in English otherwise. */
	public String name(Locale locale) {
		return locale != null && "th".equals(locale.getLanguage()) ? nameTh : nameEn;
	}

	public AgencyId agencyId() {
		return new AgencyId(id);
	}

}
