package org.kumkrong.casework.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskRepository extends JpaRepository<CaseTask, UUID> {

	List<CaseTask> findByCaseIdOrderByDoneAtAscDueOnAscCreatedAtAsc(UUID caseId);

	List<CaseTask> findByAssigneeIdAndDoneAtIsNullOrderByDueOnAsc(UUID assigneeId);

}
