package org.kumkrong.directory.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.kumkrong.directory.ServicePointView;
import org.kumkrong.directory.internal.AgencyRegister;
import org.kumkrong.reference.ReferenceData;

import org.springframework.stereotype.Component;

/** Service points and provinces as the directory's pages show them, in the reader's language. */
@Component
class ServiceRows {

	private final AgencyRegister agencies;

	private final ReferenceData references;

	ServiceRows(AgencyRegister agencies, ReferenceData references) {
		this.agencies = agencies;
		this.references = references;
	}

	ServiceRow row(ServicePointView point, Locale locale) {
		String agency = agencies.find(point.agencyId()).map(a -> a.name(locale)).orElse("");
		String coverage = point.national() ? null
				: point.coverage().stream().map(code -> references.provinceName(code, locale))
					.sorted(collator(locale)).reduce((a, b) -> a + ", " + b).orElse(null);
		return new ServiceRow(point.id(), point.name(locale), agency, point.type().name(),
				references.provinceName(point.provinceCode(), locale), point.district(), point.address(), point.phones(),
				point.dialable(), point.hours(), point.languages(), point.minAge(), point.maxAge(), point.sex(),
				point.national(), coverage, point.active(), point.verifiedOn(), point.verifiedBy(), point.latitude(),
				point.longitude());
	}

	/** A service point as the pages show it, in the reader's language. */
	record ServiceRow(UUID id, String name, String agency, String type, String province, String district,
			String address, List<String> phones, String dial, String hours, String languages, Integer minAge,
			Integer maxAge, String sex, boolean national, String coverage, boolean active, java.time.LocalDate verifiedOn,
			String verifiedBy, Double latitude, Double longitude) {
	}

	/** A choice of a select. */
	record Option(String value, String label) {
	}

	List<Option> provinces(Locale locale) {
		return references.provinces().stream()
			.map(province -> new Option(province.code(), province.name(locale)))
			.sorted(Comparator.comparing(Option::label, collator(locale)))
			.toList();
	}

	static Comparator<String> collator(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return (a, b) -> collator.compare(Objects.toString(a, ""), Objects.toString(b, ""));
	}

}
