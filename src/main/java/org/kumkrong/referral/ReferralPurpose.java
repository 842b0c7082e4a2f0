package org.kumkrong.referral;

import java.util.List;

import org.kumkrong.directory.ServiceType;

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

	/** The kinds of service point (directory) that serve this purpose, most usual first. */
	public List<ServiceType> serviceTypes() {
		return switch (this) {
			case INVESTIGATION -> List.of(ServiceType.POLICE_CYBER_UNIT, ServiceType.POLICE_STATION);
			case PROSECUTION -> List.of(ServiceType.PROSECUTOR);
			case TRIAL -> List.of(ServiceType.COURT);
			case VICTIM_SUPPORT -> List.of(ServiceType.COUNSELLING, ServiceType.SHELTER, ServiceType.HOTLINE);
			case SHELTER -> List.of(ServiceType.SHELTER);
			case COUNSELLING -> List.of(ServiceType.COUNSELLING);
			case LEGAL_AID -> List.of(ServiceType.LEGAL_AID);
			case MEDICAL -> List.of(ServiceType.MEDICAL);
			case SCHOOL_SUPPORT -> List.of(ServiceType.SCHOOL, ServiceType.CHILD_YOUTH_COUNCIL);
		};
	}

}
