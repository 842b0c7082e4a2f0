package org.kumkrong.casework.internal.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.kumkrong.casework.CasePriority;
import org.kumkrong.casework.CaseStatus;

/**
 * The filters of a case search, as they travel in the URL of {@code /cases}. Every filter is optional; none
 * at all lists the actor's cases, most recently changed first. Whatever the filters, only cases whose team
 * includes the actor's agency are found.
 *
 * @param reference a case reference, whole ({@code KK-2026-000123})
 * @param child a child's pseudonymous code, whole ({@code C-…})
 * @param suspect a suspect's online identifier (screen name, profile URL, e-mail, phone, IP), compared in
 *        its normalised form
 * @param offence an offence code of the taxonomy
 * @param platform a platform code
 * @param province a province code
 * @param status a case status
 * @param priority a case priority
 * @param agency an agency on the case team (the owner is always on it)
 * @param ownerOnly whether {@code agency} must be the owner
 * @param from opened on or after this day (Thai time)
 * @param to opened on or before this day (Thai time)
 * @param text words in the title, summary, suspect labels, incident descriptions and team-visible notes
 */
public record CaseQuery(String reference, String child, String suspect, String offence, String platform, String province,
		CaseStatus status, CasePriority priority, UUID agency, boolean ownerOnly, LocalDate from, LocalDate to,
		String text) {

	/** The URL parameters, in the order they are written back. */
	public static final List<String> PARAMETERS = List.of("q", "reference", "child", "suspect", "offence", "platform",
			"province", "status", "priority", "agency", "agencyRole", "from", "to");

	static final int MAX_LENGTH = 200;

	public static final CaseQuery NONE = new CaseQuery(null, null, null, null, null, null, null, null, null, false, null,
			null, null);

	/** A query with the problems found in its parameters (field name → message key); problems mean "do not run". */
	public record Parsed(CaseQuery query, Map<String, String> problems, Map<String, String> values) {

		public boolean valid() {
			return problems.isEmpty();
		}

	}

	/** Reads the URL parameters; unknown ones are ignored, malformed ones named in {@link Parsed#problems()}. */
	public static Parsed parse(Map<String, String> parameters) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String name : PARAMETERS) {
			String value = parameters.get(name);
			values.put(name, value == null ? "" : value.strip());
		}
		Map<String, String> problems = new LinkedHashMap<>();
		for (var entry : values.entrySet()) {
			if (entry.getValue().length() > MAX_LENGTH) {
				problems.put(entry.getKey(), "casework.search.error.tooLong");
			}
		}
		CaseStatus status = parse(values, problems, "status", CaseStatus::valueOf);
		CasePriority priority = parse(values, problems, "priority", CasePriority::valueOf);
		UUID agency = parse(values, problems, "agency", UUID::fromString);
		LocalDate from = parse(values, problems, "from", LocalDate::parse);
		LocalDate to = parse(values, problems, "to", LocalDate::parse);
		if (from != null && to != null && to.isBefore(from)) {
			problems.put("to", "casework.search.error.dateOrder");
		}
		String role = values.get("agencyRole");
		if (!role.isEmpty() && !role.equals("OWNER")) {
			problems.put("agencyRole", "casework.search.error.invalid");
		}
		CaseQuery query = new CaseQuery(blank(values.get("reference")), blank(values.get("child")),
				blank(values.get("suspect")), blank(values.get("offence")), blank(values.get("platform")),
				blank(values.get("province")), status, priority, agency, role.equals("OWNER"), from, to,
				blank(values.get("q")));
		return new Parsed(query, problems, values);
	}

	/** Whether no filter at all is set (the plain list of the agency's cases). */
	public boolean empty() {
		return equals(NONE);
	}

	/** The query string that reproduces this query on {@code /cases}, without a page; empty for no filter. */
	public String toQueryString() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("q", text);
		values.put("reference", reference);
		values.put("child", child);
		values.put("suspect", suspect);
		values.put("offence", offence);
		values.put("platform", platform);
		values.put("province", province);
		values.put("status", status == null ? null : status.name());
		values.put("priority", priority == null ? null : priority.name());
		values.put("agency", agency == null ? null : agency.toString());
		values.put("agencyRole", agency != null && ownerOnly ? "OWNER" : null);
		values.put("from", from == null ? null : from.toString());
		values.put("to", to == null ? null : to.toString());
		List<String> parts = new ArrayList<>();
		values.forEach((name, value) -> {
			if (value != null && !value.isEmpty()) {
				parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		});
		return String.join("&", parts);
	}

	private static <T> T parse(Map<String, String> values, Map<String, String> problems, String name, Function<String, T> parser) {
		String value = values.get(name);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return parser.apply(value);
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			problems.put(name, "casework.search.error.invalid");
			return null;
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
