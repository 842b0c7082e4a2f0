package org.kumkrong.casework.internal;

import org.kumkrong.intake.ReportScreenedIn;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns a screened-in report into a case (or joins it to the case triage named). Runs after triage's
 * transaction commits, from the event publication registry, so a crash in between is retried at restart.
 */
@Component
class ScreenedInReports {

	private final Casework casework;

	ScreenedInReports(Casework casework) {
		this.casework = casework;
	}

	@ApplicationModuleListener
	void on(ReportScreenedIn event) {
		casework.screenedIn(event);
	}
}
