package org.kumkrong.casework.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseRepository extends JpaRepository<CaseFile, UUID> {

	Optional<CaseFile> findByReference(String reference);

	@Query("select c from CaseFile c where c.transferToAgencyId = :agencyId order by c.updatedAt")
	List<CaseFile> pendingTransfersTo(@Param("agencyId") UUID agencyId);

	@Query("select c from CaseFile c where c.ownerAgencyId = :agencyId order by c.updatedAt desc, c.id")
	List<CaseFile> ownedBy(@Param("agencyId") UUID agencyId, Pageable page);

	@Query(value = "select nextval('casework_case_number')", nativeQuery = true)
	long nextNumber();

	@Query(value = "select nextval('casework_child_number')", nativeQuery = true)
	long nextChildNumber();

	@Query("""
			select c from CaseFile c where exists (select 1 from TeamMember m where m.caseFile = c and m.agencyId = :agencyId)
			order by c.updatedAt desc, c.id""")
	List<CaseFile> visibleTo(@Param("agencyId") UUID agencyId, Pageable page);

}
