package org.kumkrong.statistics.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.Locale;

import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The downloads, each recorded in the audit trail (what was exported, never the figures). */
@Service
public class StatisticsExportFiles {

	private final StatisticsExports exports;

	private final AuditTrail audit;

	StatisticsExportFiles(StatisticsExports exports, AuditTrail audit) {
		this.exports = exports;
		this.audit = audit;
	}

	@Transactional
	public void csv(DashboardView view, Locale locale, OutputStream out) throws IOException {
		audit.record("statistics.export.csv", "statistics_view", null, AuditOutcome.SUCCESS);
		exports.csv(exports.blocks(view, locale), out);
	}

	@Transactional
	public void xlsx(DashboardView view, Locale locale, OutputStream out) throws IOException {
		audit.record("statistics.export.xlsx", "statistics_view", null, AuditOutcome.SUCCESS);
		exports.xlsx(exports.blocks(view, locale), out);
	}

	@Transactional
	public void monthlyPdf(YearMonth month, Locale locale, OutputStream out) {
		audit.record("statistics.export.pdf", "statistics_report", null, AuditOutcome.SUCCESS);
		exports.monthlyPdf(month, locale, out);
	}

	public YearMonth defaultMonth() {
		return exports.defaultMonth();
	}

}
