package org.kumkrong.intake.internal;

import java.util.List;
import java.util.UUID;

import org.kumkrong.intake.ReportFile;
import org.kumkrong.intake.ReportFiles;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ReportFiles}: the records of a report's files, without their names. Not audited here: nothing of
 * a file's content or of what a reporter wrote is read; whoever opens a file audits that.
 */
@Service
class ReportFileReader implements ReportFiles {

	private final ReportStore store;

	ReportFileReader(ReportStore store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReportFile> of(UUID reportId) {
		// Screenshots of a draft have no report yet, so only files of sent reports are found.
		return reportId == null ? List.of() : store.files(reportId);
	}

}
