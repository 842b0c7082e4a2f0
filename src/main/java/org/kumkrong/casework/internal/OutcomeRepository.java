package org.kumkrong.casework.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OutcomeRepository extends JpaRepository<Outcome, UUID> {

	List<Outcome> findByCaseIdOrderByOccurredOnAscRecordedAtAsc(UUID caseId);

}
