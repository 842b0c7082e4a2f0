package org.kumkrong.statistics.internal;

import java.util.List;

/** Event types without a report, case or referral behind them (the replay reads these too). */
final class LaterEvents {

	static final List<Class<?>> TYPES = List.of(org.kumkrong.training.TrainingCompleted.class);

	private LaterEvents() {
	}

}
