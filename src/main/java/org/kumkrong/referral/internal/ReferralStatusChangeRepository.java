package org.kumkrong.referral.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferralStatusChangeRepository extends JpaRepository<ReferralStatusChange, UUID> {

	List<ReferralStatusChange> findByReferralIdOrderByAtAsc(UUID referralId);

}
