package org.kumkrong.coordination.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kumkrong.coordination.internal.WorkingGroupDesk;
import org.kumkrong.coordination.internal.WorkingGroupDesk.Action;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.HomePanel;

import org.springframework.stereotype.Component;

/**
 * On {@code /home}: the open working-group actions the signed-in person's agency owns, overdue ones first, so
 * owners see what they committed to without needing the working group's pages. Left out when there are none.
 */
@Component
class AgencyActionsPanel implements HomePanel {

	private final WorkingGroupDesk desk;

	private final ActionRows rows;

	AgencyActionsPanel(WorkingGroupDesk desk, ActionRows rows) {
		this.desk = desk;
		this.rows = rows;
	}

	@Override
	public String fragment() {
		return "coordination/parts :: agencyActions";
	}

	@Override
	public Map<String, Object> model(Actor actor, Locale locale) {
		if (actor.agencyId() == null) {
			return Map.of();
		}
		LocalDate today = desk.today();
		List<ActionRows.ActionRow> open = desk.actions().stream()
			.filter(action -> action.ownerAgencyId().equals(actor.agencyId()) && action.status().open())
			.sorted(Comparator.comparing((Action action) -> !action.overdue(today)).thenComparing(Action::dueOn))
			.map(action -> rows.row(action, today, locale))
			.toList();
		return open.isEmpty() ? Map.of() : Map.of("actions", open);
	}

	@Override
	public int order() {
		return 40;
	}

}
