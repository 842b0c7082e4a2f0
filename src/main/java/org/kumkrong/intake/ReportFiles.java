package org.kumkrong.intake;

import java.util.List;
import java.util.UUID;

/** The files of a sent report, for the module that adopts them as evidence. */
public interface ReportFiles {

	List<ReportFile> of(UUID reportId);

}
