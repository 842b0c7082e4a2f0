package org.kumkrong.coordination.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.kumkrong.coordination.internal.WorkingGroupDesk;
import org.kumkrong.coordination.internal.WorkingGroupDesk.Action;
import org.kumkrong.directory.Agencies;

import org.springframework.stereotype.Component;

/** Priority actions as the working group's pages and the home panel show them, in the reader's language. */
@Component
class ActionRows {

	private final WorkingGroupDesk desk;

	private final Agencies agencies;

	ActionRows(WorkingGroupDesk desk, Agencies agencies) {
		this.desk = desk;
		this.agencies = agencies;
	}

	ActionRow row(Action action, LocalDate today, Locale locale) {
		String objective = desk.objectives().stream().filter(o -> o.code().equals(action.objectiveCode())).findFirst()
			.map(o -> o.title(locale)).orElse(action.objectiveCode());
		return new ActionRow(action.id(), action.title(), action.objectiveCode(), objective,
				agencies.name(action.ownerAgencyId(), locale), action.leadName(), action.dueOn(), action.status().name(),
				action.overdue(today), action.meetingId());
	}

	/** An action as the pages show it. */
	record ActionRow(UUID id, String title, String objectiveCode, String objective, String owner, String lead,
			LocalDate dueOn, String status, boolean overdue, UUID meetingId) {
	}

}
