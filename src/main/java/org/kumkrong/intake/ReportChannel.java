package org.kumkrong.intake;

/** How a report arrived: the public form (children, parents, anyone) or a partner's API call. */
public enum ReportChannel {
	PUBLIC, PARTNER
}
