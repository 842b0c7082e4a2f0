package org.kumkrong.intake;

import java.util.List;
import java.util.UUID;

/**
 * The files that came with a report — screenshots a member of the public attached, and files a partner
 * uploaded for the files it declared — for the evidence module to adopt when the report is screened in
 * (issue 5), as the CyberTipline's files follow its reports. Only hashes, sizes and types: never a file
 * name (reporters' words stay encrypted in intake) and never content, which the caller reads, audited on
 * its side, through platform's {@code EncryptedFiles.open(fileId)}.
 */
public interface ReportFiles {

	/**
	 * The files of a sent report, oldest first; empty for an unknown report, a draft, or a report without
	 * files. Files may still arrive from the partner after the report was screened in.
	 */
	List<ReportFile> of(UUID reportId);

}
