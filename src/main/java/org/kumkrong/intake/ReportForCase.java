package org.kumkrong.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the team of a case needs of a report that joined it: what was reported, where, on which platforms,
 * about whom online, and the children concerned — never who reported it or how to reach them (that stays
 * with hotline analysts). Codes are codes of the reference lists; online details are as reported.
 *
 * @param reporterKind {@code CHILD}, {@code PARENT_OR_CARER}, {@code OTHER_ADULT}, {@code PROFESSIONAL} or {@code PARTNER}
 * @param incidentWhen the reporter's rough answer ({@code TODAY}, {@code THIS_WEEK} …), or {@code null}
 * @param danger {@code NOW}, {@code ONGOING} … as the reporter answered, or {@code null}
 * @param onlineDetails internet details as "type: value (app, room)" lines
 * @param reportedPeople the people reported, each with their online identifiers as reported
 * @param victims one line per child: age or age band, and sex code
 */
public record ReportForCase(UUID id, String reference, ReportChannel channel, Instant receivedAt, ReportPriority priority,
		String reporterKind, List<String> offenceCodes, String provinceCode, List<String> platformCodes, Instant incidentAt,
		String incidentWhen, String danger, String description, List<String> onlineDetails, List<ReportedPerson> reportedPeople,
		List<String> victims, int screenshots, int declaredFiles, String partnerReference) {

	/** A person the report names by their online identifiers; an IP address comes with when it was seen. */
	public record ReportedPerson(List<String> screenNames, List<String> profileUrls, List<String> emails, List<String> phones,
			List<IpSeen> ips) {

		/** Everything about the person on one line, for reading. */
		public String summary() {
			List<String> parts = new java.util.ArrayList<>();
			parts.addAll(screenNames);
			parts.addAll(profileUrls);
			parts.addAll(emails);
			parts.addAll(phones);
			ips.forEach(ip -> parts.add(ip.ip() + (ip.at() == null ? "" : " @ " + ip.at())));
			return String.join(" · ", parts);
		}
	}

	public record IpSeen(String ip, Instant at) {
	}
}
