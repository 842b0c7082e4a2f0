package org.kumkrong.referral;

import java.util.List;

/**
 * Why a case is referred, in the field's words. Each purpose suggests the agency types that usually
 * serve it ({@code AGENCY_TYPE} codes), in order of preference.
 */
public enum ReferralPurpose {

	INVESTIGATION("POLICE"),
	PROSECUTION("PROSECUTION"),
	TRIAL("COURT"),
	VICTIM_SUPPORT("SOCIAL_SERVICES", "NGO"),
	SHELTER("SOCIAL_SERVICES", "NGO"),
	COUNSELLING("NGO", "SOCIAL_SERVICES", "HEALTH"),
	LEGAL_AID("NGO", "GOVERNMENT"),
	MEDICAL("HEALTH"),
	SCHOOL_SUPPORT("EDUCATION");

	private final List<String> agencyTypes;

	ReferralPurpose(String... agencyTypes) {
		this.agencyTypes = List.of(agencyTypes);
	}

	/** The agency types that usually serve this purpose, most usual first. */
	public List<String> agencyTypes() {
		return agencyTypes;
	}

}
