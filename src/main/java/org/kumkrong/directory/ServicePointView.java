package org.kumkrong.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A service point as other modules and the public help page see it: where an agency gives one kind of
 * help, the provinces it serves ({@code national}: all of them), how to reach it and who may use it.
 *
 * @param phones telephone numbers as written, in order of preference
 * @param sex who may use it: {@code ANY}, {@code FEMALE} or {@code MALE}
 * @param minAge youngest age served, or {@code null}
 * @param maxAge oldest age served, or {@code null}
 */
public record ServicePointView(UUID id, UUID agencyId, String nameEn, String nameTh, ServiceType type,
		String provinceCode, String district, String address, Double latitude, Double longitude, List<String> phones,
		String hours, String languages, Integer minAge, Integer maxAge, String sex, boolean national,
		Set<String> coverage, boolean active, LocalDate verifiedOn, String verifiedBy) {

	public String name(Locale locale) {
		return locale != null && "th".equals(locale.getLanguage()) ? nameTh : nameEn;
	}

	/** Whether it serves people of this province. */
	public boolean serves(String province) {
		return national || province != null && (province.equals(provinceCode) || coverage.contains(province));
	}

	/** The first phone number, digits only, for a {@code tel:} link; {@code null} when there is none. */
	public String dialable() {
		return phones.isEmpty() ? null : phones.get(0).replaceAll("[^0-9+]", "");
	}

}
