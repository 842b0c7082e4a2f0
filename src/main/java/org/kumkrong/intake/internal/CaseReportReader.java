package org.kumkrong.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.intake.ReportForCase;
import org.kumkrong.intake.ReportStatus;
import org.kumkrong.intake.ReportsForCases;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ReportsForCases}: the report's details without its contact, for the case team. */
@Service
class CaseReportReader implements ReportsForCases {

	private final ReportStore store;

	private final ReportSecrets secrets;

	private final AuditTrail audit;

	CaseReportReader(ReportStore store, ReportSecrets secrets, AuditTrail audit) {
		this.store = store;
		this.secrets = secrets;
		this.audit = audit;
	}

	@Override
	@Transactional
	public Optional<ReportForCase> read(UUID reportId) {
		StoredReport report = reportId == null ? null : store.find(reportId).orElse(null);
		if (report == null || report.status() != ReportStatus.SCREENED_IN) {
			return Optional.empty();
		}
		ReportSubmission details = secrets.openDetails(reportId, store.details(reportId).orElseThrow());
		audit.record("intake.report.readForCase", "intake_report", reportId, AuditOutcome.SUCCESS);
		List<String> online = details.internet().stream()
			.map(detail -> detail.type() + ": " + detail.value()
					+ (detail.app() == null && detail.room() == null ? ""
							: " (" + String.join(", ", java.util.stream.Stream.of(detail.app(), detail.room())
								.filter(java.util.Objects::nonNull).toList()) + ")"))
			.toList();
		List<ReportForCase.ReportedPerson> people = new ArrayList<>();
		for (ReportSubmission.ReportedPerson person : details.persons()) {
			people.add(new ReportForCase.ReportedPerson(person.screenNames(), person.profileUrls(), person.emails(), person.phones(),
					person.ipEvents().stream().map(ip -> new ReportForCase.IpSeen(ip.ip(), ip.at())).toList()));
		}
		List<String> victims = details.victims().stream()
			.map(victim -> (victim.age() != null ? victim.age().toString() : victim.ageBand() == null ? "?" : victim.ageBand())
					+ (victim.sex() == null ? "" : " · " + victim.sex()))
			.toList();
		return Optional.of(new ReportForCase(report.id(), report.reference(), report.channel(), report.receivedAt(),
				report.priority(), details.reporterKind() == null ? null : details.reporterKind().name(), report.offenceCodes(),
				report.provinceCode(), details.platformCodes(), details.incidentAt(), details.incidentWhen(),
				details.danger() == null ? null : details.danger().name(), details.description(), online, people, victims,
				store.screenshots(reportId).size(), details.files().size(), details.partnerReference()));
	}
}
