package org.kumkrong.notification.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.kumkrong.account.Role;
import org.kumkrong.account.StaffDirectory;
import org.kumkrong.casework.CaseTransferRequested;
import org.kumkrong.casework.TaskAssigned;
import org.kumkrong.notification.NotificationKind;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Tells people about casework that needs them: a case offered to their agency by transfer (the staff who
 * manage cases there), and a task given to them. The links carry the case (and task) in their fragment, so
 * that the inbox's "once per item" rule tells apart two transfers or two tasks of the same person.
 */
@Component
class CaseworkNotices {

	/** The roles that take over cases: those who would accept or decline a transfer. */
	static final Set<Role> TRANSFER_ANSWERING = EnumSet.of(Role.INVESTIGATOR, Role.PROSECUTOR, Role.SOCIAL_WORKER);

	private final StaffDirectory staff;

	private final Notices notices;

	CaseworkNotices(StaffDirectory staff, Notices notices) {
		this.staff = staff;
		this.notices = notices;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(CaseTransferRequested event) {
		notices.tell(staff.activeStaff(event.toAgencyId(), TRANSFER_ANSWERING), NotificationKind.CASE_TRANSFER_REQUESTED,
				"notification.caseTransferRequested.text", List.of(event.reference()),
				"/cases/transfers#case-" + event.caseId() + "-" + event.at().toEpochMilli());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(TaskAssigned event) {
		staff.contact(event.assigneeId()).ifPresent(person -> notices.tell(List.of(person), NotificationKind.TASK_ASSIGNED,
				event.dueOn() == null ? "notification.taskAssigned.text" : "notification.taskAssignedDue.text",
				event.dueOn() == null ? List.of(event.reference()) : List.of(event.reference(), event.dueOn().toString()),
				"/cases/" + event.caseId() + "#task-" + event.taskId()));
	}

}
