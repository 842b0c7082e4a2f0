package org.kumkrong.evidence.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-reads every evidence file once a day (02:30 by default, {@code kumkrong.evidence.verify-cron}) and
 * compares it with the SHA-256 taken at acquisition; a failure marks the item, tells the case and raises
 * {@link org.kumkrong.evidence.EvidenceIntegrityFailed}.
 */
@Component
class EvidenceIntegrityCheck {

	private final EvidenceLocker locker;

	EvidenceIntegrityCheck(EvidenceLocker locker) {
		this.locker = locker;
	}

	@Scheduled(cron = "${kumkrong.evidence.verify-cron:0 30 2 * * *}", zone = "Asia/Bangkok")
	void run() {
		locker.verifyAll();
	}

}
