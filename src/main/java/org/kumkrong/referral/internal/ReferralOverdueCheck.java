package org.kumkrong.referral.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day (07:00 in Thailand, before the working day) every referral past its response deadline is
 * flagged and {@link org.kumkrong.referral.ReferralOverdue} published, once per referral. The lists flag
 * overdue referrals at every view regardless; this job is what tells people. Time comes from the injected
 * clock, so tests move it rather than wait.
 */
@Component
class ReferralOverdueCheck {

	private static final Logger log = LoggerFactory.getLogger(ReferralOverdueCheck.class);

	private final ReferralDesk desk;

	ReferralOverdueCheck(ReferralDesk desk) {
		this.desk = desk;
	}

	@Scheduled(cron = "${kumkrong.referral.overdue-check:0 0 7 * * *}", zone = "Asia/Bangkok")
	void run() {
		int flagged = desk.flagOverdue();
		if (flagged > 0) {
			log.info("Flagged {} overdue referrals", flagged);
		}
	}

}
