package org.kumkrong.directory.internal;

/**
 * A service point as typed into the form or read from one CSV row: every value a string, so that the
 * form and the import are checked by the same rules ({@link ServicePointRegister#parse}).
 *
 * @param coverage province codes separated by spaces, commas or semicolons; {@code ALL} for national coverage
 * @param sex {@code ANY}, {@code FEMALE} or {@code MALE}; empty means any
 */
public record ServicePointInput(String id, String agencyId, String nameEn, String nameTh, String type,
		String provinceCode, String district, String address, String latitude, String longitude, String phones,
		String hours, String languages, String minAge, String maxAge, String sex, String coverage, String verifiedOn,
		String verifiedBy, String active) {

	/** The CSV columns, in this order, for export and import. */
	static final java.util.List<String> COLUMNS = java.util.List.of("id", "agency_id", "name_en", "name_th", "type",
			"province", "district", "address", "latitude", "longitude", "phones", "hours", "languages", "min_age",
			"max_age", "sex", "coverage", "verified_on", "verified_by", "active");

}
