package org.kumkrong.directory;

/** What kind of help a service point gives, in the field's words. */
public enum ServiceType {

	/** A telephone or online helpline (for example the national child helpline). */
	HOTLINE,
	/** A police unit specialised in online crimes against children. */
	POLICE_CYBER_UNIT,
	/** A police station that takes complaints. */
	POLICE_STATION,
	/** A public prosecutor's office. */
	PROSECUTOR,
	/** A court (juvenile and family, provincial). */
	COURT,
	/** A safe place to stay for a child (and family). */
	SHELTER,
	/** Counselling and psychosocial support. */
	COUNSELLING,
	/** Legal advice and representation. */
	LEGAL_AID,
	/** Medical care, including one-stop crisis centres of hospitals. */
	MEDICAL,
	/** A school. */
	SCHOOL,
	/** A children and youth council. */
	CHILD_YOUTH_COUNCIL,
	/** Anything else. */
	OTHER;

	/** The value for a case-insensitive name, or {@code null}. */
	public static ServiceType parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
