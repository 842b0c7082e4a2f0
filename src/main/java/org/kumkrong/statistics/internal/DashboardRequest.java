package org.kumkrong.statistics.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A dashboard view as the URL states it: period, filters by code and the indicator the charts show. Parsing
 * keeps what is valid and names each field that is not, so a bad link shows an error beside the field rather
 * than failing.
 */
public record DashboardRequest(LocalDate from, LocalDate to, Map<Dimension, String> filters, Indicator selected,
		List<String> errorFields) {

	/** The longest period one view may span (and the earliest day anything is counted from). */
	static final int MAX_YEARS = 20;

	static DashboardRequest parse(Map<String, String> params, LocalDate today) {
		List<String> errors = new ArrayList<>();
		LocalDate to = date(params.get("to"), "to", errors);
		if (to == null) {
			to = today;
		}
		LocalDate from = date(params.get("from"), "from", errors);
		if (from == null) {
			from = to.withDayOfMonth(1).minusMonths(11);
		}
		if (from.isAfter(to)) {
			errors.add("from");
			from = to.withDayOfMonth(1).minusMonths(11);
		}
		if (from.isBefore(to.minusYears(MAX_YEARS))) {
			errors.add("from");
			from = to.minusYears(MAX_YEARS);
		}
		Map<Dimension, String> filters = new EnumMap<>(Dimension.class);
		for (Dimension dimension : Dimension.values()) {
			String value = params.get(dimension.param());
			if (value != null && !value.isBlank()) {
				if (value.length() > 40 || !value.matches("[A-Za-z0-9_-]+")) {
					errors.add(dimension.param());
				}
				else {
					filters.put(dimension, value);
				}
			}
		}
		Indicator selected = Indicator.REPORTS_RECEIVED;
		String indicator = params.get("indicator");
		if (indicator != null && !indicator.isBlank()) {
			Indicator parsed = Indicator.fromParam(indicator);
			if (parsed == null) {
				errors.add("indicator");
			}
			else {
				selected = parsed;
			}
		}
		return new DashboardRequest(from, to, filters, selected, List.copyOf(errors));
	}

	private static LocalDate date(String value, String field, List<String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			errors.add(field);
			return null;
		}
	}

	/** The query string of this view with one parameter changed (or removed when {@code value} is null). */
	public String with(String param, String value) {
		Map<String, String> params = new java.util.LinkedHashMap<>();
		params.put("from", from.toString());
		params.put("to", to.toString());
		filters.forEach((dimension, code) -> params.put(dimension.param(), code));
		params.put("indicator", selected.slug());
		if (value == null) {
			params.remove(param);
		}
		else {
			params.put(param, value);
		}
		StringBuilder query = new StringBuilder();
		params.forEach((name, v) -> query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
			.append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
		return query.toString();
	}

	/** This view's query string. */
	public String query() {
		return with("indicator", selected.slug());
	}

	public String filter(String param) {
		Dimension dimension = Dimension.fromParam(param);
		return dimension == null ? null : filters.get(dimension);
	}

}
