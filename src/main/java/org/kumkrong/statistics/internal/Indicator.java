package org.kumkrong.statistics.internal;

import java.util.EnumSet;
import java.util.Set;

import static org.kumkrong.statistics.internal.Dimension.*;

/**
 * The standard indicators: what is counted (or measured), from which event, and by which dimensions it can be
 * broken down. Each has a bilingual definition page ({@code statistics.indicator.<code>.*} messages). A count
 * indicator counts facts; a median indicator takes the median of the facts' amounts (days or hours).
 */
public enum Indicator {

	REPORTS_RECEIVED(Kind.COUNT, "ReportSubmitted", true, PROVINCE, OFFENCE, CHANNEL, PLATFORM, AGE_BAND),
	REPORTS_SCREENED_IN(Kind.COUNT, "ReportScreenedIn", true, PROVINCE, OFFENCE, CHANNEL, PLATFORM, AGE_BAND),
	REPORTS_SCREENED_OUT(Kind.COUNT, "ReportScreenedOut", false, PROVINCE, OFFENCE, CHANNEL, PLATFORM, AGE_BAND, DETAIL),
	CASES_OPENED(Kind.COUNT, "CaseOpened", true, PROVINCE, OFFENCE, CHANNEL, PLATFORM, AGENCY_TYPE),
	CHILDREN_IDENTIFIED(Kind.COUNT, "ChildAddedToCase", true, PROVINCE, OFFENCE, CHANNEL, PLATFORM, AGE_BAND, SEX,
			AGENCY_TYPE),
	SUSPECTS_IDENTIFIED(Kind.COUNT, "OutcomeRecorded", true, PROVINCE, OFFENCE, CHANNEL, PLATFORM, AGENCY_TYPE),
	ARRESTS(Kind.COUNT, "OutcomeRecorded", true, PROVINCE, OFFENCE, CHANNEL, PLATFORM, AGENCY_TYPE),
	CHARGES(Kind.COUNT, "OutcomeRecorded", true, PROVINCE, OFFENCE, CHANNEL, PLATFORM, AGENCY_TYPE),
	PROSECUTIONS_DECLINED(Kind.COUNT, "OutcomeRecorded", false, PROVINCE, OFFENCE, CHANNEL, PLATFORM, AGENCY_TYPE),
	CONVICTIONS(Kind.COUNT, "OutcomeRecorded", true, PROVINCE, OFFENCE, CHANNEL, PLATFORM, AGENCY_TYPE),
	ACQUITTALS(Kind.COUNT, "OutcomeRecorded", true, PROVINCE, OFFENCE, CHANNEL, PLATFORM, AGENCY_TYPE),
	CHILDREN_SUPPORTED(Kind.COUNT, "OutcomeRecorded", true, PROVINCE, OFFENCE, CHANNEL, PLATFORM, AGENCY_TYPE),
	SUPPORT_SERVICES_COMPLETED(Kind.COUNT, "ReferralCompleted", false, PROVINCE, OFFENCE, CHANNEL, PLATFORM,
			AGENCY_TYPE, DETAIL),
	REFERRALS_MADE(Kind.COUNT, "ReferralRequested", false, PROVINCE, OFFENCE, CHANNEL, PLATFORM, AGENCY_TYPE, DETAIL),
	REFERRALS_ACCEPTED(Kind.COUNT, "ReferralAccepted", false, PROVINCE, OFFENCE, CHANNEL, PLATFORM, AGENCY_TYPE,
			DETAIL),
	REFERRALS_DECLINED(Kind.COUNT, "ReferralDeclined", false, PROVINCE, OFFENCE, CHANNEL, PLATFORM, AGENCY_TYPE,
			DETAIL),
	REFERRALS_OVERDUE(Kind.COUNT, "ReferralOverdue", false, PROVINCE, OFFENCE, CHANNEL, PLATFORM, AGENCY_TYPE, DETAIL),
	DAYS_REPORT_TO_CASE(Kind.MEDIAN_DAYS, "ReportSubmitted, ReportJoinedCase", false, PROVINCE, OFFENCE, CHANNEL,
			PLATFORM, AGE_BAND),
	DAYS_CASE_TO_CHARGE(Kind.MEDIAN_DAYS, "CaseOpened, OutcomeRecorded", false, PROVINCE, OFFENCE, CHANNEL, PLATFORM,
			AGENCY_TYPE),
	DAYS_CHARGE_TO_VERDICT(Kind.MEDIAN_DAYS, "OutcomeRecorded", false, PROVINCE, OFFENCE, CHANNEL, PLATFORM,
			AGENCY_TYPE),
	REFERRAL_RESPONSE_HOURS(Kind.MEDIAN_HOURS, "ReferralRequested, ReferralAccepted, ReferralDeclined", false, PROVINCE,
			OFFENCE, CHANNEL, PLATFORM, AGENCY_TYPE, DETAIL),
	KNOWN_CONTENT_MATCHES(Kind.COUNT, "EvidenceMatched", true, PROVINCE, OFFENCE, CHANNEL, PLATFORM, AGENCY_TYPE, DETAIL),
	STAFF_TRAINED(Kind.COUNT, "TrainingCompleted", true, PROVINCE, AGENCY_TYPE, DETAIL);

	/** Whether an indicator counts facts or takes the median of their amounts. */
	public enum Kind {
		COUNT, MEDIAN_DAYS, MEDIAN_HOURS;

		public boolean median() {
			return this != COUNT;
		}
	}

	private final Kind kind;

	private final String events;

	private final boolean headline;

	private final Set<Dimension> dimensions;

	Indicator(Kind kind, String events, boolean headline, Dimension first, Dimension... rest) {
		this.kind = kind;
		this.events = events;
		this.headline = headline;
		this.dimensions = EnumSet.of(first, rest);
	}

	public Kind kind() {
		return kind;
	}

	/** The events the indicator is computed from, as named in the architecture. */
	public String events() {
		return events;
	}

	/** Whether the public page shows it among the headline figures. */
	public boolean headline() {
		return headline;
	}

	/** The dimensions its facts carry; a filter on any other leaves it "not available" in that view. */
	public Set<Dimension> dimensions() {
		return EnumSet.copyOf(dimensions);
	}

	public boolean has(Dimension dimension) {
		return dimensions.contains(dimension);
	}

	/** The URL form, e.g. {@code reports-received}. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public String messageKey() {
		return "statistics.indicator." + name();
	}

	public static Indicator fromParam(String value) {
		if (value == null) {
			return null;
		}
		for (Indicator indicator : values()) {
			if (indicator.name().equalsIgnoreCase(value) || indicator.slug().equalsIgnoreCase(value)) {
				return indicator;
			}
		}
		return null;
	}

}
