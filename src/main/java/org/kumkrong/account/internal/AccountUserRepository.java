package org.kumkrong.account.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountUserRepository extends JpaRepository<AccountUser, UUID> {

	Optional<AccountUser> findByUsername(String username);

	Optional<AccountUser> findByActivationTokenHash(String tokenHash);

	List<AccountUser> findByAgencyIdOrderByUsername(UUID agencyId);

	List<AccountUser> findAllByOrderByUsername();

	boolean existsByUsername(String username);

}
