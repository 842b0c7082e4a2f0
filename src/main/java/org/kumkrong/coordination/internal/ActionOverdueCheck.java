package org.kumkrong.coordination.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day (07:05 in Thailand) every open priority action past its due date is flagged and
 * {@link org.kumkrong.coordination.ActionOverdue} published, once per action; the notification module tells
 * the owner agency. The pages mark overdue actions at every view regardless. Time comes from the injected
 * clock, so tests move it rather than wait.
 */
@Component
class ActionOverdueCheck {

	private static final Logger log = LoggerFactory.getLogger(ActionOverdueCheck.class);

	private final WorkingGroupDesk desk;

	ActionOverdueCheck(WorkingGroupDesk desk) {
		this.desk = desk;
	}

	@Scheduled(cron = "${kumkrong.coordination.overdue-check:0 5 7 * * *}", zone = "Asia/Bangkok")
	void run() {
		int flagged = desk.flagOverdueActions();
		if (flagged > 0) {
			log.info("Flagged {} overdue working-group actions", flagged);
		}
	}

}
