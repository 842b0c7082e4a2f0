package org.kumkrong.casework.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.kumkrong.platform.Actor;
import org.kumkrong.platform.HomePanel;
import org.kumkrong.platform.Permission;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My work" on the staff home page: the open tasks assigned to the signed-in person on cases their agency
 * still works on, overdue first, and how many cases other agencies offered to theirs by transfer.
 */
@Component
class MyTasksPanel implements HomePanel {

	private final TaskRepository tasks;

	private final CaseRepository cases;

	private final java.time.Clock clock;

	MyTasksPanel(TaskRepository tasks, CaseRepository cases, java.time.Clock clock) {
		this.tasks = tasks;
		this.cases = cases;
		this.clock = clock;
	}

	record TaskLine(UUID caseId, String reference, String title, LocalDate dueOn, boolean overdue) {
	}

	@Override
	public String fragment() {
		return "casework/home :: panel";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> model(Actor actor, Locale locale) {
		if (!CaseAccess.holds(Permission.CASE_VIEW)) {
			return Map.of();
		}
		LocalDate today = LocalDate.now(clock.withZone(Casework.THAILAND));
		Map<UUID, CaseFile> byId = new HashMap<>();
		List<TaskLine> lines = tasks.findByAssigneeIdAndDoneAtIsNullOrderByDueOnAsc(actor.userId()).stream()
			.map(task -> {
				CaseFile kase = byId.computeIfAbsent(task.caseId(), id -> cases.findById(id).orElse(null));
				return kase == null || !kase.onTeam(actor.agencyId()) ? null
						: new TaskLine(kase.id(), kase.reference(), task.title(), task.dueOn(), task.overdue(today));
			})
			.filter(java.util.Objects::nonNull)
			.sorted(java.util.Comparator.comparing((TaskLine line) -> !line.overdue()))
			.limit(20)
			.toList();
		int offered = CaseAccess.holds(Permission.CASE_MANAGE) ? cases.pendingTransfersTo(actor.agencyId()).size() : 0;
		return Map.of("tasks", lines, "offered", offered);
	}

	@Override
	public int order() {
		return 30;
	}
}
