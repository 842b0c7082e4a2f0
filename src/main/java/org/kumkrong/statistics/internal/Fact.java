package org.kumkrong.statistics.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * One de-identified fact: an indicator, the day it happened (Bangkok time), codes for its dimensions, an
 * amount for a duration (days or hours), and the report or case it belongs to (for late dimensions).
 */
record Fact(Indicator indicator, LocalDate on, Map<Dimension, String> codes, Integer amount, String subject) {

	Fact {
		EnumMap<Dimension, String> copy = new EnumMap<>(Dimension.class);
		codes.forEach((dimension, code) -> {
			if (code != null && indicator.has(dimension)) {
				copy.put(dimension, code);
			}
		});
		codes = copy;
	}

	String code(Dimension dimension) {
		return codes.get(dimension);
	}

}
