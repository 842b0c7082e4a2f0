package org.kumkrong.statistics.internal;

import java.util.List;

/** Event types of modules that joined after the first projection (the replay reads these too). */
final class LaterEvents {

	static final List<Class<?>> TYPES = List.of();

	private LaterEvents() {
	}

}
