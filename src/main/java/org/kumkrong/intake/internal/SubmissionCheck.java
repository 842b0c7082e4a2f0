package org.kumkrong.intake.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.kumkrong.intake.ReportChannel;
import org.kumkrong.intake.internal.SubmissionProblem.Kind;
import org.kumkrong.reference.ReferenceData;
import org.kumkrong.reference.ReferenceList;

import org.springframework.stereotype.Component;

/**
 * Checks a submission completely and names every problem at once, each by its JSON path, so a partner
 * fixes a report in one round and the public form shows each error next to its question. The same rules
 * hold for both channels. Paths are the partner API's JSON names ({@code /api/v1/reports}); the public
 * form maps them to its questions.
 */
@Component
public class SubmissionCheck {

	static final int MAX_TEXT = 10_000;

	static final int MAX_SHORT = 500;

	static final int MAX_URL = 2_048;

	static final int MAX_ITEMS = 50;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,253}\\.[^@\\s]{2,63}");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-.]{3,30}");

	private static final Pattern HEX64 = Pattern.compile("[0-9a-fA-F]{64}");

	private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private static final Pattern IPV4 = Pattern
		.compile("((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");

	private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2,45}");

	private static final Set<String> ANNOTATIONS = Set.of("SELF_GENERATED", "AI_GENERATED", "LIVE_STREAMING",
			"ANIME_DRAWING", "POTENTIAL_MEME", "VIRAL", "INFANT", "PHYSICAL_HARM", "VIOLENCE_GORE", "BESTIALITY");

	private static final Set<String> CLASSIFICATIONS = Set.of("A1", "A2", "B1", "B2", "UNCLASSIFIED");

	private final ReferenceData references;

	private final Clock clock;

	SubmissionCheck(ReferenceData references, Clock clock) {
		this.references = references;
		this.clock = clock;
	}

	/** Every problem of the submission; empty when it may be stored. */
	public List<SubmissionProblem> problems(ReportSubmission s) {
		List<SubmissionProblem> problems = new ArrayList<>();
		if (s.channel() == null) {
			problems.add(SubmissionProblem.of("channel", Kind.MISSING));
		}
		if (s.reporterKind() == null) {
			problems.add(SubmissionProblem.of("reporter", Kind.MISSING));
		}
		code(problems, "reporterAgeBand", s.reporterAgeBand(), ReferenceList.AGE_BAND);
		if (s.channel() == ReportChannel.PARTNER && s.offenceCodes().isEmpty()) {
			// A partner classifies what it reports (as the CyberTipline requires an incident type); only a
			// member of the public may be unsure what it was.
			problems.add(SubmissionProblem.of("incidentTypes", Kind.MISSING));
		}
		items(problems, "incidentTypes", s.offenceCodes(), 20);
		for (int i = 0; i < Math.min(s.offenceCodes().size(), 20); i++) {
			String code = s.offenceCodes().get(i);
			if (code == null || code.isBlank()) {
				problems.add(SubmissionProblem.of("incidentTypes[" + i + "]", Kind.MISSING));
			}
			else {
				code(problems, "incidentTypes[" + i + "]", code, ReferenceList.OFFENCE);
			}
		}
		if (s.incidentAt() != null && s.incidentAt().isAfter(clock.instant().plus(Duration.ofDays(1)))) {
			problems.add(SubmissionProblem.of("incidentTime", Kind.OUT_OF_RANGE));
		}
		if (s.incidentAt() != null && s.incidentAt().isBefore(Instant.parse("1990-01-01T00:00:00Z"))) {
			problems.add(SubmissionProblem.of("incidentTime", Kind.OUT_OF_RANGE));
		}
		text(problems, "childInImminentDanger.reason", s.dangerReason(), MAX_SHORT * 4);
		if (s.countryCode() != null && !COUNTRY.matcher(s.countryCode()).matches()) {
			problems.add(SubmissionProblem.of("location.country", Kind.MALFORMED));
		}
		if (s.provinceCode() != null) {
			if (s.countryCode() != null && !"TH".equals(s.countryCode())) {
				problems.add(SubmissionProblem.of("location.province", Kind.OUT_OF_RANGE));
			}
			else if (!references.isActiveProvince(s.provinceCode())) {
				problems.add(SubmissionProblem.of("location.province", Kind.UNKNOWN_CODE));
			}
		}
		items(problems, "platforms", s.platformCodes(), 20);
		for (int i = 0; i < Math.min(s.platformCodes().size(), 20); i++) {
			code(problems, "platforms[" + i + "]", s.platformCodes().get(i), ReferenceList.PLATFORM);
		}
		items(problems, "internetDetails", s.internet(), MAX_ITEMS);
		for (int i = 0; i < Math.min(s.internet().size(), MAX_ITEMS); i++) {
			internet(problems, "internetDetails[" + i + "]", s.internet().get(i));
		}
		items(problems, "reportedPersons", s.persons(), MAX_ITEMS);
		for (int i = 0; i < Math.min(s.persons().size(), MAX_ITEMS); i++) {
			person(problems, "reportedPersons[" + i + "]", s.persons().get(i));
		}
		items(problems, "victims", s.victims(), MAX_ITEMS);
		for (int i = 0; i < Math.min(s.victims().size(), MAX_ITEMS); i++) {
			victim(problems, "victims[" + i + "]", s.victims().get(i));
		}
		items(problems, "files", s.files(), 500);
		for (int i = 0; i < Math.min(s.files().size(), 500); i++) {
			file(problems, "files[" + i + "]", s.files().get(i));
		}
		text(problems, "description", s.description(), MAX_TEXT);
		if (s.contact() != null) {
			text(problems, "contact.name", s.contact().name(), 200);
			text(problems, "contact.note", s.contact().note(), MAX_SHORT);
			String email = s.contact().email();
			if (text(problems, "contact.email", email, 254) && email != null && !email.isBlank()
					&& !EMAIL.matcher(email.strip()).matches()) {
				problems.add(SubmissionProblem.of("contact.email", Kind.MALFORMED));
			}
			String phone = s.contact().phone();
			if (text(problems, "contact.phone", phone, 40) && phone != null && !phone.isBlank()
					&& !PHONE.matcher(phone.strip()).matches()) {
				problems.add(SubmissionProblem.of("contact.phone", Kind.MALFORMED));
			}
		}
		text(problems, "reporterReference", s.partnerReference(), 200);
		items(problems, "screenshots", s.screenshotIds(), 3);
		return problems;
	}

	private void internet(List<SubmissionProblem> problems, String path, ReportSubmission.InternetDetail detail) {
		if (detail == null) {
			problems.add(SubmissionProblem.of(path, Kind.MISSING));
			return;
		}
		ReportSubmission.InternetType type = null;
		if (detail.type() == null || detail.type().isBlank()) {
			problems.add(SubmissionProblem.of(path + ".type", Kind.MISSING));
		}
		else {
			try {
				type = ReportSubmission.InternetType.valueOf(detail.type());
			}
			catch (IllegalArgumentException ex) {
				problems.add(SubmissionProblem.of(path + ".type", Kind.UNKNOWN_CODE));
			}
		}
		String value = detail.value();
		if (value == null || value.isBlank()) {
			problems.add(SubmissionProblem.of(path + ".value", Kind.MISSING));
		}
		else if (text(problems, path + ".value", value, MAX_URL) && type != null) {
			switch (type) {
				case WEB_PAGE -> url(problems, path + ".value", value);
				case EMAIL -> {
					if (!EMAIL.matcher(value.strip()).matches()) {
						problems.add(SubmissionProblem.of(path + ".value", Kind.MALFORMED));
					}
				}
				case PHONE -> {
					if (!PHONE.matcher(value.strip()).matches()) {
						problems.add(SubmissionProblem.of(path + ".value", Kind.MALFORMED));
					}
				}
				default -> {
				}
			}
		}
		text(problems, path + ".app", detail.app(), 100);
		text(problems, path + ".room", detail.room(), MAX_SHORT);
	}

	private void person(List<SubmissionProblem> problems, String path, ReportSubmission.ReportedPerson person) {
		if (person == null) {
			problems.add(SubmissionProblem.of(path, Kind.MISSING));
			return;
		}
		strings(problems, path + ".screenNames", person.screenNames(), 200, null);
		strings(problems, path + ".profileUrls", person.profileUrls(), MAX_URL, "url");
		strings(problems, path + ".emails", person.emails(), 254, "email");
		strings(problems, path + ".phones", person.phones(), 40, "phone");
		items(problems, path + ".ipCaptureEvents", person.ipEvents(), MAX_ITEMS);
		for (int i = 0; i < Math.min(person.ipEvents().size(), MAX_ITEMS); i++) {
			ReportSubmission.IpEvent event = person.ipEvents().get(i);
			String at = path + ".ipCaptureEvents[" + i + "]";
			if (event == null) {
				problems.add(SubmissionProblem.of(at, Kind.MISSING));
				continue;
			}
			if (event.ip() == null || event.ip().isBlank()) {
				problems.add(SubmissionProblem.of(at + ".ip", Kind.MISSING));
			}
			else if (!IPV4.matcher(event.ip()).matches() && !(event.ip().contains(":") && IPV6.matcher(event.ip()).matches())) {
				problems.add(SubmissionProblem.of(at + ".ip", Kind.MALFORMED));
			}
			if (event.at() == null) {
				problems.add(SubmissionProblem.of(at + ".at", Kind.MISSING));
			}
			else if (event.at().isAfter(clock.instant().plus(Duration.ofDays(1)))) {
				problems.add(SubmissionProblem.of(at + ".at", Kind.OUT_OF_RANGE));
			}
			text(problems, at + ".event", event.event(), 100);
		}
	}

	private void victim(List<SubmissionProblem> problems, String path, ReportSubmission.Victim victim) {
		if (victim == null) {
			problems.add(SubmissionProblem.of(path, Kind.MISSING));
			return;
		}
		if (victim.age() != null && (victim.age() < 0 || victim.age() > 120)) {
			problems.add(SubmissionProblem.of(path + ".age", Kind.OUT_OF_RANGE));
		}
		code(problems, path + ".ageBand", victim.ageBand(), ReferenceList.AGE_BAND);
		code(problems, path + ".sex", victim.sex(), ReferenceList.SEX);
	}

	private void file(List<SubmissionProblem> problems, String path, ReportSubmission.DeclaredFile file) {
		if (file == null) {
			problems.add(SubmissionProblem.of(path, Kind.MISSING));
			return;
		}
		if (file.name() == null || file.name().isBlank()) {
			problems.add(SubmissionProblem.of(path + ".name", Kind.MISSING));
		}
		else {
			text(problems, path + ".name", file.name(), 255);
		}
		if (file.sha256() == null || file.sha256().isBlank()) {
			problems.add(SubmissionProblem.of(path + ".sha256", Kind.MISSING));
		}
		else if (!HEX64.matcher(file.sha256()).matches()) {
			problems.add(SubmissionProblem.of(path + ".sha256", Kind.MALFORMED));
		}
		if (file.md5() != null && !HEX32.matcher(file.md5()).matches()) {
			problems.add(SubmissionProblem.of(path + ".md5", Kind.MALFORMED));
		}
		if (file.pdq() != null && !HEX64.matcher(file.pdq()).matches()) {
			problems.add(SubmissionProblem.of(path + ".pdq", Kind.MALFORMED));
		}
		if (file.classification() != null && !CLASSIFICATIONS.contains(file.classification())) {
			problems.add(SubmissionProblem.of(path + ".classification", Kind.UNKNOWN_CODE));
		}
		items(problems, path + ".annotations", file.annotations(), 10);
		for (int i = 0; i < Math.min(file.annotations().size(), 10); i++) {
			if (!ANNOTATIONS.contains(file.annotations().get(i))) {
				problems.add(SubmissionProblem.of(path + ".annotations[" + i + "]", Kind.UNKNOWN_CODE));
			}
		}
	}

	private void strings(List<SubmissionProblem> problems, String path, List<String> values, int max, String form) {
		items(problems, path, values, MAX_ITEMS);
		for (int i = 0; i < Math.min(values.size(), MAX_ITEMS); i++) {
			String value = values.get(i);
			String at = path + "[" + i + "]";
			if (value == null || value.isBlank()) {
				problems.add(SubmissionProblem.of(at, Kind.MISSING));
			}
			else if (text(problems, at, value, max)) {
				if ("url".equals(form)) {
					url(problems, at, value);
				}
				else if ("email".equals(form) && !EMAIL.matcher(value.strip()).matches()) {
					problems.add(SubmissionProblem.of(at, Kind.MALFORMED));
				}
				else if ("phone".equals(form) && !PHONE.matcher(value.strip()).matches()) {
					problems.add(SubmissionProblem.of(at, Kind.MALFORMED));
				}
			}
		}
	}

	private static void url(List<SubmissionProblem> problems, String path, String value) {
		try {
			URI uri = new URI(value.strip());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
				problems.add(SubmissionProblem.of(path, Kind.MALFORMED));
			}
		}
		catch (Exception ex) {
			problems.add(SubmissionProblem.of(path, Kind.MALFORMED));
		}
	}

	private void code(List<SubmissionProblem> problems, String path, String code, ReferenceList list) {
		if (code != null && !references.isActive(list, code)) {
			problems.add(SubmissionProblem.of(path, Kind.UNKNOWN_CODE));
		}
	}

	private static void items(List<SubmissionProblem> problems, String path, List<?> list, int max) {
		if (list.size() > max) {
			problems.add(SubmissionProblem.of(path, Kind.TOO_MANY));
		}
	}

	/**
	 * Checks a free text: length, and no control characters other than line breaks and tabs (they hide
	 * text from reviewers and break exports). Unpaired surrogates (wrongly encoded text) are refused too.
	 *
	 * @return whether the text passed, so format checks run only on sane text
	 */
	static boolean text(List<SubmissionProblem> problems, String path, String value, int max) {
		if (value == null) {
			return true;
		}
		if (value.length() > max) {
			problems.add(SubmissionProblem.of(path, Kind.TOO_LONG));
			return false;
		}
		if (!wellFormed(value)) {
			problems.add(SubmissionProblem.of(path, Kind.MALFORMED));
			return false;
		}
		return true;
	}

	/** No control characters except tab and line breaks, no unpaired surrogates, no U+FFFD replacement. */
	static boolean wellFormed(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
				return false;
			}
			if (c == '\uFFFD') {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

}
