package org.kumkrong.intake.internal;

import java.util.List;

/**
 * The plain-language choices of the public form's "what happened" page, each mapped to an offence code
 * of the taxonomy (the page shows an example in a child's words for each). {@link #NOT_SURE} maps to
 * none: triage classifies it.
 */
public enum WhatHappened {

	ASKED_FOR_PICTURES("CSAM_SOLICITATION"),
	THREATENED_TO_SHARE("SEXTORTION"),
	GROOMING("ONLINE_GROOMING"),
	PICTURES_SHARED("NONCONSENSUAL_SHARING"),
	SAW_CHILD_ABUSE_MATERIAL("CSAM"),
	SENT_SEXUAL_MATERIAL("UNSOLICITED_SEXUAL_MATERIAL"),
	LIVE_STREAM("LIVE_STREAMED_ABUSE"),
	JOB_OR_TRIP_OFFER("ONLINE_TRAFFICKING"),
	MET_AND_HURT("CONTACT_ABUSE_ONLINE_COMPONENT"),
	SOMETHING_ELSE("OTHER_ONLINE_HARM"),
	NOT_SURE(null);

	private final String offenceCode;

	WhatHappened(String offenceCode) {
		this.offenceCode = offenceCode;
	}

	/** The taxonomy code, or {@code null} for "I'm not sure". */
	public String offenceCode() {
		return offenceCode;
	}

	/** The offence codes of these choices, in order, without repeats. */
	public static List<String> offenceCodes(List<WhatHappened> choices) {
		return choices.stream().map(WhatHappened::offenceCode).filter(code -> code != null).distinct().toList();
	}

}
