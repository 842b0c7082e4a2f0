package org.kumkrong.evidence.internal;

import org.kumkrong.casework.Cases;
import org.kumkrong.casework.ReportJoinedCase;
import org.kumkrong.intake.ReportFileReceived;
import org.kumkrong.intake.ReportFiles;
import org.kumkrong.referral.ReferralAccepted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A report's files become evidence when the report joins a case; a referral that is accepted shares the
 * case's evidence with the receiving agency, which the chain of custody records. Both run after the
 * publishing transaction commits, from the event publication registry (retried after a crash).
 */
@Component
class EvidenceListeners {

	private final EvidenceLocker locker;

	private final ReportFiles reportFiles;

	private final Cases cases;

	EvidenceListeners(EvidenceLocker locker, ReportFiles reportFiles, Cases cases) {
		this.locker = locker;
		this.reportFiles = reportFiles;
		this.cases = cases;
	}

	@ApplicationModuleListener
	void on(ReportJoinedCase event) {
		locker.adopt(event.caseId(), event.reportReference(), reportFiles.of(event.reportId()));
	}

	/** A partner's file that arrives after its report joined a case becomes that case's evidence too. */
	@ApplicationModuleListener
	void on(ReportFileReceived event) {
		var file = reportFiles.of(event.reportId()).stream().filter(f -> f.fileId().equals(event.fileId())).toList();
		for (java.util.UUID caseId : cases.joinedBy(event.reportId())) {
			locker.adopt(caseId, event.reportReference(), file);
		}
	}

	@ApplicationModuleListener
	void on(ReferralAccepted event) {
		locker.shared(event.caseId(), event.toAgencyId(), event.caseReference());
	}

}
