package org.kumkrong.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The test suite's clock: the real time plus an offset that a test can move forward (and must reset),
 * so time rules (lockout window, TOTP steps, session timeouts) are tested without sleeping.
 */
public class MutableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	public void advance(Duration duration) {
		offset = offset.plus(duration);
	}

	public void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	/**
	 * The same moving time seen in another zone (Thailand's dates differ from UTC's between 17:00 and 24:00 UTC,
	 * so answering {@code this} here made "today in Bangkok" wrong in tests run in those hours).
	 */
	@Override
	public Clock withZone(ZoneId zone) {
		MutableClock source = this;
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return source.withZone(other);
			}

			@Override
			public Instant instant() {
				return source.instant();
			}
		};
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}

}
