package org.kumkrong.casework.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TimelineRepository extends JpaRepository<TimelineEntry, UUID> {

	List<TimelineEntry> findByCaseIdOrderByAtDescIdAsc(UUID caseId);

}
