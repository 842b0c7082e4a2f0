package org.kumkrong.statistics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the read model knows of one report ({@code R:}), case ({@code C:}) or referral ({@code F:}): the
 * dimensions its facts share, and the moments between which durations are measured. Mutable while one event is
 * applied under the row's lock.
 */
final class Subject {

	final String key;

	final Map<Dimension, String> codes = new EnumMap<>(Dimension.class);

	String caseSubject;

	Instant startedAt;

	Instant joinedAt;

	LocalDate chargedOn;

	LocalDate verdictOn;

	Instant answeredAt;

	final Set<String> durationsDone = new HashSet<>();

	/** Dimensions learnt while applying this event, to be copied into the subject's earlier facts. */
	final Set<Dimension> learnt = java.util.EnumSet.noneOf(Dimension.class);

	Subject(String key) {
		this.key = key;
	}

	static String report(Object reportId) {
		return "R:" + reportId;
	}

	static String kase(Object caseId) {
		return "C:" + caseId;
	}

	static String referral(Object referralId) {
		return "F:" + referralId;
	}

	char kind() {
		return key.charAt(0);
	}

	/** Sets a dimension the subject does not know yet; answers whether it did. */
	boolean learn(Dimension dimension, String code) {
		if (code == null || code.isBlank() || codes.get(dimension) != null) {
			return false;
		}
		codes.put(dimension, code);
		learnt.add(dimension);
		return true;
	}

	String code(Dimension dimension) {
		return codes.get(dimension);
	}

}
