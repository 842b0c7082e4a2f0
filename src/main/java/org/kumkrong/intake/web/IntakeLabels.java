package org.kumkrong.intake.web;

import java.util.Locale;
import java.util.UUID;

import org.kumkrong.directory.Agencies;
import org.kumkrong.reference.ReferenceData;
import org.kumkrong.reference.ReferenceList;

import org.springframework.stereotype.Component;

/** Labels of codes for intake's templates ({@code @intakeLabels.ageBand(code, #locale)}). */
@Component("intakeLabels")
class IntakeLabels {

	private final ReferenceData references;

	private final Agencies agencies;

	IntakeLabels(ReferenceData references, Agencies agencies) {
		this.references = references;
		this.agencies = agencies;
	}

	public String ageBand(String code, Locale locale) {
		return code == null ? null : references.label(ReferenceList.AGE_BAND, code, locale);
	}

	public String platform(String code, Locale locale) {
		return code == null ? null : references.label(ReferenceList.PLATFORM, code, locale);
	}

	public String sex(String code, Locale locale) {
		return code == null ? null : references.label(ReferenceList.SEX, code, locale);
	}

	public String agency(UUID id, Locale locale) {
		return id == null ? null : agencies.name(id, locale);
	}

}
