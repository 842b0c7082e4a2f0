package org.kumkrong.referral.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.kumkrong.referral.ReferralPurpose;
import org.kumkrong.referral.ReferralState;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ReferralRepository extends JpaRepository<Referral, UUID> {

	List<Referral> findByToAgencyIdAndStateIn(UUID toAgencyId, Collection<ReferralState> states, Pageable page);

	List<Referral> findByFromAgencyIdAndStateIn(UUID fromAgencyId, Collection<ReferralState> states, Pageable page);

	List<Referral> findByCaseIdOrderByRequestedAtDesc(UUID caseId);

	@Query("select count(r) > 0 from Referral r where r.caseId = ?1 and r.toAgencyId = ?2 and r.purpose = ?3 and r.state in ?4")
	boolean existsOpen(UUID caseId, UUID toAgencyId, ReferralPurpose purpose, Collection<ReferralState> states);

	@Query("select r.id from Referral r where r.state = org.kumkrong.referral.ReferralState.REQUESTED and r.dueAt < ?1 "
			+ "and r.overdueNotifiedAt is null order by r.dueAt")
	List<UUID> overdueUnnotified(Instant now);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Referral r set r.overdueNotifiedAt = ?2 where r.id = ?1 and r.overdueNotifiedAt is null")
	int markOverdueNotified(UUID id, Instant now);

}
