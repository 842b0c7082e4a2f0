package org.kumkrong.casework.web;

import java.util.Locale;

import org.kumkrong.reference.ReferenceData;
import org.kumkrong.reference.ReferenceList;

import org.springframework.stereotype.Component;

/** Labels of reference codes for casework templates ({@code @caseLabels}). */
@Component("caseLabels")
class CaseLabels {

	private final ReferenceData references;

	CaseLabels(ReferenceData references) {
		this.references = references;
	}

	public String offence(String code, Locale locale) {
		return references.label(ReferenceList.OFFENCE, code, locale);
	}

	public String platform(String code, Locale locale) {
		return references.label(ReferenceList.PLATFORM, code, locale);
	}

	public String province(String code, Locale locale) {
		return references.provinceName(code, locale);
	}
}
