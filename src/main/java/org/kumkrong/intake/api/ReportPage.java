package org.kumkrong.intake.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A page of the partner's own reports, newest first, with the total over all pages. */
@Schema(name = "ReportPage")
public record ReportPage(List<PartnerReportView> reports, int page, int size, long total) {
}
