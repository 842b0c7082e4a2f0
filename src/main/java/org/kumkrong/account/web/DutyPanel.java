package org.kumkrong.account.web;

import java.util.Locale;
import java.util.Map;

import org.kumkrong.account.internal.DutyRoster;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.HomePanel;

import org.springframework.stereotype.Component;

/** The on-duty switch on {@code /home}, shown only to staff whose role takes duty. */
@Component
class DutyPanel implements HomePanel {

	private final DutyRoster roster;

	DutyPanel(DutyRoster roster) {
		this.roster = roster;
	}

	@Override
	public String fragment() {
		return "account/duty :: panel";
	}

	@Override
	public Map<String, Object> model(Actor actor, Locale locale) {
		return roster.dutyOf(actor.userId()).<Map<String, Object>>map(onDuty -> Map.of("onDuty", onDuty)).orElse(Map.of());
	}

	@Override
	public int order() {
		return 20;
	}

}
