package org.kumkrong.account;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who works where, for modules that must reach people rather than administer accounts: the active staff
 * of an agency holding given roles, and the duty roster. Being on duty is a staff member's own statement
 * that they answer alerts now (a child in danger); only roles that {@linkplain Role#takesDuty() take duty}
 * can make it.
 */
public interface StaffDirectory {

	/**
	 * Active accounts of the agency holding at least one of the roles, ordered by display name. Disabled
	 * accounts are never listed.
	 */
	List<StaffContact> activeStaff(UUID agencyId, Set<Role> roles);

	/** How to reach one person, if the account exists and is active. */
	java.util.Optional<StaffContact> contact(UUID userId);

	/** Whether the account is active and on duty now; {@code false} for an unknown account. */
	boolean onDuty(UUID userId);

	/**
	 * Records that the account's holder is (or no longer is) on duty, audited as
	 * {@code account.user.onDutyChanged}. Setting the status it already has changes and records nothing.
	 *
	 * @throws org.kumkrong.platform.NotFoundException when there is no such active account
	 * @throws org.kumkrong.platform.RuleViolationException ({@code account.duty.error.role}) when the account
	 * holds no role that takes duty
	 */
	void setOnDuty(UUID userId, boolean onDuty);

	/**
	 * The display names of these accounts (disabled ones included, since a past note's author may have
	 * left); unknown ids are absent from the answer.
	 */
	java.util.Map<UUID, String> displayNames(java.util.Collection<UUID> userIds);

	/** One active account with its agency and roles, if it exists and is active. */
	java.util.Optional<StaffMember> member(UUID userId);

	/** Every active account with its agency and roles, ordered by display name (for counts and pickers). */
	List<StaffMember> activeMembers();

}
