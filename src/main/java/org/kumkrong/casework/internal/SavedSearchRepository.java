package org.kumkrong.casework.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SavedSearchRepository extends JpaRepository<SavedSearch, UUID> {

	List<SavedSearch> findByUserIdOrderByNameAsc(UUID userId);

}
