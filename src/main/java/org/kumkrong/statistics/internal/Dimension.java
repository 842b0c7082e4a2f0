package org.kumkrong.statistics.internal;

import java.util.Locale;

/**
 * A dimension a fact may carry, by which the dashboard filters and breaks figures down. {@code param} is its
 * name in URLs and the API; {@code column} in {@code statistics_fact}.
 */
public enum Dimension {

	PROVINCE("province", "province"),
	OFFENCE("offence", "offence"),
	CHANNEL("channel", "channel"),
	PLATFORM("platform", "platform"),
	AGE_BAND("ageBand", "age_band"),
	SEX("sex", "sex"),
	AGENCY_TYPE("agencyType", "agency_type"),
	/** What the indicator itself distinguishes: referral purpose, screen-out reason, match source, role. */
	DETAIL("detail", "detail");

	private final String param;

	private final String column;

	Dimension(String param, String column) {
		this.param = param;
		this.column = column;
	}

	public String param() {
		return param;
	}

	public String column() {
		return column;
	}

	/** The message key of the dimension's name. */
	public String messageKey() {
		return "statistics.dimension." + param;
	}

	public static Dimension fromParam(String param) {
		for (Dimension dimension : values()) {
			if (dimension.param.equalsIgnoreCase(param)) {
				return dimension;
			}
		}
		return null;
	}

	/** Lower-case name, for logs. */
	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}

}
