package org.kumkrong.directory.internal;

import java.util.Optional;
import java.util.UUID;

import org.kumkrong.audit.AuditNames;
import org.kumkrong.directory.Agencies;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Agency names, in the reader's language, for the audit page. */
@Component
class DirectoryAuditNames implements AuditNames {

	private final Agencies agencies;

	DirectoryAuditNames(Agencies agencies) {
		this.agencies = agencies;
	}

	@Override
	public java.util.Map<UUID, String> agencyChoices() {
		var locale = LocaleContextHolder.getLocale();
		var choices = new java.util.LinkedHashMap<UUID, String>();
		agencies.all().stream()
			.sorted(java.util.Comparator.comparing(agency -> agency.name(locale)))
			.forEach(agency -> choices.put(agency.id(), agency.name(locale)));
		return choices;
	}

	@Override
	public Optional<String> agencyLabel(UUID agencyId) {
		return agencyId == null ? Optional.empty()
				: agencies.find(agencyId).map(agency -> agency.name(LocaleContextHolder.getLocale()));
	}

}
