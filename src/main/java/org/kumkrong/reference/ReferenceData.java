package org.kumkrong.reference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Read access to the shared reference lists, served from memory and refreshed whenever an administrator
 * edits an entry. Lists are ordered by their sort order. Inactive entries keep their code (records made
 * with them stay readable) but are no longer offered for new records.
 */
public interface ReferenceData {

	/** Active provinces, in sort order. */
	List<Province> provinces();

	/** All provinces, inactive ones included. */
	List<Province> allProvinces();

	/** The province with this code, active or not. */
	Optional<Province> province(String code);

	/** Whether {@code code} names an active province. */
	boolean isActiveProvince(String code);

	/** Active entries of a list, in sort order. */
	List<ReferenceEntry> entries(ReferenceList list);

	/** All entries of a list, inactive ones included. */
	List<ReferenceEntry> allEntries(ReferenceList list);

	/** The entry with this code, active or not. */
	Optional<ReferenceEntry> entry(ReferenceList list, String code);

	/** Whether {@code code} names an active entry of the list. */
	boolean isActive(ReferenceList list, String code);

	/** The entry's label in the locale's language, or the code itself when there is no such entry. */
	String label(ReferenceList list, String code, Locale locale);

	/** The province's name in the locale's language, or the code itself when there is no such province. */
	String provinceName(String code, Locale locale);

}
