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
 * @param reportedPeople one line per person: their screen names, profile links, e-mails, phones, IP events
 * @param victims one line per child: age or age band, and sex code
 */
public record ReportForCase(UUID id, String reference, ReportChannel channel, Instant receivedAt, ReportPriority priority,
		String reporterKind, List<String> offenceCodes, String provinceCode, List<String> platformCodes, Instant incidentAt,
		String incidentWhen, String danger, String description, List<String> onlineDetails, List<String> reportedPeople,
		List<String> victims, int screenshots, int declaredFiles, String partnerReference) {
}
