package org.kumkrong.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The directory of agencies: police units, prosecution offices, courts, social services, NGOs, hotlines
 * and others who work on cases, with their type, province and parent agency.
 */
public interface Agencies {

	Optional<AgencyView> find(UUID id);

	default Optional<AgencyView> find(AgencyId id) {
		return id == null ? Optional.empty() : find(id.value());
	}

	/** The agency with this id, or {@link AgencyNotFoundException}. */
	AgencyView require(UUID id);

	/** Every agency, disabled ones included, ordered by English name. */
	List<AgencyView> all();

	/** Active agencies, ordered by English name. */
	List<AgencyView> active();

	/** Active agencies of one type ({@code AGENCY_TYPE} code). */
	List<AgencyView> byType(String typeCode);

	/** Active agencies marked as intake desks, ordered by English name. */
	List<AgencyView> intakeDesks();

	/** Whether this agency is an active intake desk. */
	default boolean isIntakeDesk(UUID id) {
		return id != null && find(id).filter(AgencyView::active).map(AgencyView::intakeDesk).orElse(false);
	}

	/**
	 * Marks or unmarks an agency as an intake desk, audited as {@code directory.agency.intakeDeskChanged}.
	 */
	void setIntakeDesk(UUID id, boolean intakeDesk);

	/** The agency's name in the locale's language, or {@code null} when there is no such agency. */
	String name(UUID id, Locale locale);

	/**
	 * Registers a new active agency, audited as {@code directory.agency.created}.
	 *
	 * @param parentId the parent agency, or {@code null}
	 * @return the new agency's id
	 * @throws org.kumkrong.platform.RuleViolationException naming the first invalid field ({@code nameEn},
	 * {@code nameTh}, {@code typeCode}, {@code provinceCode}, {@code parentId}) when the names are missing or
	 * longer than 200 characters, the type is not an active agency type, the province not an active
	 * province, or the parent does not exist
	 */
	UUID create(String nameEn, String nameTh, String typeCode, String provinceCode, UUID parentId);

}
