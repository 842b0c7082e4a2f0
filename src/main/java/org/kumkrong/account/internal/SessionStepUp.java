package org.kumkrong.account.internal;

import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpSession;
import org.kumkrong.account.StepUp;
import org.kumkrong.platform.Actor;

import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** {@link StepUp} over {@link SignIn#stepUp}, remembering the moment of the last success in the session. */
@Service
class SessionStepUp implements StepUp {

	static final String CONFIRMED_AT = "kumkrong.stepUp.confirmedAt";

	private final SignIn signIn;

	private final Clock clock;

	SessionStepUp(SignIn signIn, Clock clock) {
		this.signIn = signIn;
		this.clock = clock;
	}

	@Override
	public boolean confirm(String code, String purpose) {
		Actor actor = Actor.current().orElse(null);
		if (actor == null || code == null || code.isBlank()) {
			return false;
		}
		boolean confirmed = signIn.stepUp(actor.userId(), code.strip(), purpose);
		HttpSession session = session();
		if (confirmed && session != null) {
			session.setAttribute(CONFIRMED_AT, clock.instant().toEpochMilli());
		}
		return confirmed;
	}

	@Override
	public boolean recentlyConfirmed() {
		HttpSession session = session();
		if (session == null || !(session.getAttribute(CONFIRMED_AT) instanceof Long at)) {
			return false;
		}
		Instant confirmedAt = Instant.ofEpochMilli(at);
		Instant now = clock.instant();
		return !now.isBefore(confirmedAt) && now.isBefore(confirmedAt.plus(GRACE));
	}

	private static HttpSession session() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getSession(false);
		}
		return null;
	}

}
