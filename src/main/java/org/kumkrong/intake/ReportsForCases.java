package org.kumkrong.intake;

import java.util.Optional;
import java.util.UUID;

/**
 * Reports as the teams of the cases they joined read them. Casework decides who may (the case team) and
 * asks here only for reports linked to a case the actor can see; intake audits each read.
 */
public interface ReportsForCases {

	/**
	 * A screened-in report, decrypted, audited as {@code intake.report.readForCase}; empty for an unknown
	 * report or one that was not screened in.
	 */
	Optional<ReportForCase> read(UUID reportId);

}
