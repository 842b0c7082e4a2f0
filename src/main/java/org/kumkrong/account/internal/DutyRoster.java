package org.kumkrong.account.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.kumkrong.account.Role;
import org.kumkrong.account.StaffContact;
import org.kumkrong.account.StaffDirectory;
import org.kumkrong.account.StaffMember;
import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.platform.NotFoundException;
import org.kumkrong.platform.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff directory other modules ask, and the on-duty switch of analysts and investigators. */
@Service
public class DutyRoster implements StaffDirectory {

	private final AccountUserRepository users;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	DutyRoster(AccountUserRepository users, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.users = users;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<StaffContact> activeStaff(UUID agencyId, Set<Role> roles) {
		if (agencyId == null || roles == null || roles.isEmpty()) {
			return List.of();
		}
		// One query instead of loading every account with its roles (an alert must not wait on N selects).
		return jdbc.sql("""
				select u.id, u.display_name, u.email, u.on_duty from account_user u
				where u.agency_id = :agency and u.active
				  and exists (select 1 from account_user_role r where r.user_id = u.id and r.role in (:roles))
				order by u.display_name, u.id""")
			.param("agency", agencyId)
			.param("roles", roles.stream().map(Role::name).toList())
			.query((row, n) -> new StaffContact(row.getObject("id", UUID.class), row.getString("display_name"),
					row.getString("email"), row.getBoolean("on_duty")))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<StaffContact> contact(UUID userId) {
		if (userId == null) {
			return java.util.Optional.empty();
		}
		return jdbc.sql("select u.id, u.display_name, u.email, u.on_duty from account_user u where u.id = ? and u.active")
			.param(userId)
			.query((row, n) -> new StaffContact(row.getObject("id", UUID.class), row.getString("display_name"),
					row.getString("email"), row.getBoolean("on_duty")))
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean onDuty(UUID userId) {
		return userId != null && users.findById(userId).filter(AccountUser::active).map(AccountUser::onDuty).orElse(false);
	}

	@Override
	@Transactional
	public void setOnDuty(UUID userId, boolean onDuty) {
		AccountUser user = (userId == null ? Optional.<AccountUser>empty() : users.findById(userId))
			.filter(AccountUser::active)
			.orElseThrow(() -> new NotFoundException("account"));
		if (user.roles().stream().noneMatch(Role::takesDuty)) {
			throw new RuleViolationException("onDuty", "account.duty.error.role");
		}
		if (user.onDuty() == onDuty) {
			return;
		}
		user.setOnDuty(onDuty, clock.instant());
		audit.record("account.user.onDutyChanged", SignIn.RECORD_TYPE, userId, AuditOutcome.SUCCESS);
	}

	/** The duty status to offer on the home page: empty when the account holds no role that takes duty. */
	@Transactional(readOnly = true)
	public Optional<Boolean> dutyOf(UUID userId) {
		return (userId == null ? Optional.<AccountUser>empty() : users.findById(userId))
			.filter(AccountUser::active)
			.filter(user -> user.roles().stream().anyMatch(Role::takesDuty))
			.map(AccountUser::onDuty);
	}

	@Override
	public java.util.Map<UUID, String> displayNames(java.util.Collection<UUID> userIds) {
		java.util.Map<UUID, String> names = new java.util.HashMap<>();
		if (userIds == null || userIds.isEmpty()) {
			return names;
		}
		jdbc.sql("select id, display_name from account_user where id in (:ids)")
			.param("ids", java.util.List.copyOf(new java.util.HashSet<>(userIds)))
			.query((row, n) -> names.put(row.getObject("id", UUID.class), row.getString("display_name")))
			.list();
		return names;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StaffMember> member(UUID userId) {
		if (userId == null) {
			return Optional.empty();
		}
		return members("where u.active and u.id = :id", userId).stream().findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public List<StaffMember> activeMembers() {
		return members("where u.active", null);
	}

	private List<StaffMember> members(String where, UUID id) {
		// Accounts and their roles in one pass (an account with no role is listed with none).
		java.util.Map<UUID, StaffMember> found = new java.util.LinkedHashMap<>();
		var statement = jdbc.sql("select u.id, u.username, u.display_name, u.agency_id, r.role from account_user u "
				+ "left join account_user_role r on r.user_id = u.id " + where + " order by u.display_name, u.id");
		if (id != null) {
			statement = statement.param("id", id);
		}
		statement.query((row, n) -> {
			UUID userId = row.getObject("id", UUID.class);
			StaffMember member = found.computeIfAbsent(userId, key -> {
				try {
					return new StaffMember(key, row.getString("username"), row.getString("display_name"),
							row.getObject("agency_id", UUID.class), java.util.EnumSet.noneOf(Role.class));
				}
				catch (java.sql.SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			String role = row.getString("role");
			if (role != null) {
				try {
					member.roles().add(Role.valueOf(role));
				}
				catch (IllegalArgumentException ignored) {
					// A role name no longer known to this version is not a role the member holds.
				}
			}
			return userId;
		}).list();
		return found.values().stream()
			.map(m -> new StaffMember(m.userId(), m.username(), m.displayName(), m.agencyId(),
					java.util.Collections.unmodifiableSet(m.roles())))
			.toList();
	}

}
