package org.kumkrong.intake.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.kumkrong.intake.ReportChannel;

/**
 * Everything a reporter tells us, from either channel, before it is stored. The public form fills the
 * parts a child can answer; the partner API fills the CyberTipline-like whole. Lists are never
 * {@code null}. Only the classification codes leave the module (in events); the rest is stored encrypted.
 *
 * @param reporterKind who is reporting
 * @param reporterAgeBand the {@code AGE_BAND} of a child reporter, else {@code null}
 * @param offenceCodes taxonomy codes ({@code OFFENCE}); empty when the reporter is not sure
 * @param whatHappened the plain-language choices of the public form ({@link WhatHappened} names)
 * @param incidentAt when it happened, if known exactly
 * @param incidentWhen an approximate time ({@link IncidentWhen} name), if that is all the reporter knows
 * @param danger whether a child is in danger now
 * @param dangerReason why the reporter thinks so (free text, optional)
 * @param countryCode ISO 3166-1 alpha-2 country, default {@code TH}
 * @param provinceCode ISO 3166-2:TH code, or {@code null}
 * @param platformCodes {@code PLATFORM} codes
 * @param internet where it happened online (web pages, usernames, chats, games, phones …)
 * @param persons the people reported
 * @param victims the children concerned (age or age band, sex)
 * @param files files the partner holds and declares (name and hashes; the bytes may follow)
 * @param description free text
 * @param contact how to reach the reporter, or {@code null} (anonymous)
 * @param partnerReference the partner's own reference for the report
 * @param screenshotIds public screenshots already stored (ids of {@code intake_file} rows)
 */
public record ReportSubmission(ReportChannel channel, ReporterKind reporterKind, String reporterAgeBand,
		List<String> offenceCodes, List<String> whatHappened, Instant incidentAt, String incidentWhen, Danger danger,
		String dangerReason, String countryCode, String provinceCode, List<String> platformCodes,
		List<InternetDetail> internet, List<ReportedPerson> persons, List<Victim> victims, List<DeclaredFile> files,
		String description, Contact contact, String partnerReference, List<UUID> screenshotIds) {

	public ReportSubmission {
		offenceCodes = nonNull(offenceCodes);
		whatHappened = nonNull(whatHappened);
		platformCodes = nonNull(platformCodes);
		internet = nonNull(internet);
		persons = nonNull(persons);
		victims = nonNull(victims);
		files = nonNull(files);
		screenshotIds = nonNull(screenshotIds);
		danger = danger == null ? Danger.UNKNOWN : danger;
	}

	private static <T> List<T> nonNull(List<T> list) {
		return list == null ? List.of() : list;
	}

	/** Who reports. */
	public enum ReporterKind {
		CHILD, PARENT_OR_CARER, OTHER_ADULT, PROFESSIONAL, PARTNER
	}

	/** Whether a child is in danger now: the first question of triage. */
	public enum Danger {
		/** A child is in danger right now. */
		NOW,
		/** Not this minute, but the offender is still in contact with the child. */
		ONGOING,
		NO, UNKNOWN
	}

	/** An approximate time, for reporters who do not know the date. */
	public enum IncidentWhen {
		TODAY, THIS_WEEK, THIS_MONTH, EARLIER_THIS_YEAR, LONGER_AGO, NOT_SURE
	}

	/**
	 * A place on the internet: {@code type} is one of {@link InternetType}; {@code app} a {@code PLATFORM}
	 * code or a name; {@code room} a chat room or game server.
	 */
	public record InternetDetail(String type, String value, String app, String room) {
	}

	/** Kinds of internet detail, after the CyberTipline's incident details. */
	public enum InternetType {
		WEB_PAGE, EMAIL, CHAT, ONLINE_GAME, PHONE, PEER_TO_PEER, USERNAME
	}

	/** A reported person's online identifiers. */
	public record ReportedPerson(List<String> screenNames, List<String> profileUrls, List<String> emails,
			List<String> phones, List<IpEvent> ipEvents) {

		public ReportedPerson {
			screenNames = nonNull(screenNames);
			profileUrls = nonNull(profileUrls);
			emails = nonNull(emails);
			phones = nonNull(phones);
			ipEvents = nonNull(ipEvents);
		}

	}

	/** An IP address a platform captured for a reported person, with when and at what event (login, upload …). */
	public record IpEvent(String ip, Instant at, String event) {
	}

	/** A child concerned: an exact age or an {@code AGE_BAND}, and a {@code SEX} code. */
	public record Victim(Integer age, String ageBand, String sex) {
	}

	/** A file the partner declares: its name, hashes, classification and annotations. */
	public record DeclaredFile(String name, String sha256, String md5, String pdq, String classification,
			List<String> annotations) {

		public DeclaredFile {
			annotations = nonNull(annotations);
		}

	}

	/** How the reporter may be reached; every part optional. */
	public record Contact(String name, String phone, String email, String note) {

		public boolean isEmpty() {
			return blank(name) && blank(phone) && blank(email) && blank(note);
		}

		private static boolean blank(String value) {
			return value == null || value.isBlank();
		}

	}

}
