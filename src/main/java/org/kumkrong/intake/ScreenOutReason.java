package org.kumkrong.intake;

/** Why a report was screened out, as the field counts it. */
public enum ScreenOutReason {
	/** Nothing in the report is a crime against a child or a harm Kumkrong deals with. */
	NOT_IN_SCOPE,
	/** Too little to act on, and the reporter could not be asked for more. */
	INSUFFICIENT_INFORMATION,
	/** The content is gone and nothing else can be followed up. */
	CONTENT_UNAVAILABLE,
	/** It belongs to another country's hotline or police; passed on outside Kumkrong. */
	FORWARDED_ABROAD,
	/** The person is an adult and no child is involved. */
	ADULT_ONLY,
	/** Spam, a test or a deliberately false report. */
	FALSE_OR_ABUSIVE,
	/** Already being dealt with (for example a case exists outside Kumkrong). */
	ALREADY_HANDLED
}
