package org.kumkrong.notification.internal;

import java.util.EnumSet;
import java.util.List;

import org.kumkrong.account.Role;
import org.kumkrong.account.StaffDirectory;
import org.kumkrong.coordination.ActionOverdue;
import org.kumkrong.notification.NotificationKind;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.stereotype.Component;

/**
 * Tells the owner agency of a working-group action that it is overdue: every active staff member of that
 * agency, whatever their role (a working-group action belongs to the agency, not to one desk). The item
 * names the objective only and links to the action, which staff of the owner agency may open.
 */
@Component
class CoordinationNotices {

	private final StaffDirectory staff;

	private final Notices notices;

	CoordinationNotices(StaffDirectory staff, Notices notices) {
		this.staff = staff;
		this.notices = notices;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ActionOverdue event) {
		notices.tell(staff.activeStaff(event.ownerAgencyId(), EnumSet.allOf(Role.class)), NotificationKind.ACTION_OVERDUE,
				"notification.actionOverdue.text", List.of("objective." + event.objectiveCode()),
				"/coordination/actions/" + event.actionId());
	}

}
