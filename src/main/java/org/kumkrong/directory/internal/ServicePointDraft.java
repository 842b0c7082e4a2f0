package org.kumkrong.directory.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.kumkrong.directory.ServiceType;

/** A checked service point, ready to be saved. */
record ServicePointDraft(UUID id, UUID agencyId, String nameEn, String nameTh, ServiceType type, String provinceCode,
		String district, String address, Double latitude, Double longitude, List<String> phones, String hours,
		String languages, Integer minAge, Integer maxAge, String sex, boolean national, Set<String> coverage,
		LocalDate verifiedOn, String verifiedBy, boolean active) {
}
