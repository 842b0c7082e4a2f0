package org.kumkrong.account;

import java.util.EnumSet;
import java.util.Set;

import org.kumkrong.platform.Permission;

import static org.kumkrong.platform.Permission.*;

/**
 * What a staff member does in the field, as a bundle of permissions. Any staff account can also be a
 * trainee; that needs no role. Later capabilities add their permissions to these bundles.
 */
public enum Role {

	ADMIN(AGENCY_MANAGE, AGENCY_VIEW, USER_MANAGE, API_KEY_MANAGE, REFERENCE_MANAGE, AUDIT_READ, AUDIT_VERIFY,
			HASH_LIST_MANAGE, DIRECTORY_VIEW, DIRECTORY_MANAGE, COORDINATION_VIEW, STATISTICS_VIEW, STATISTICS_EXACT),
	AUDITOR(AUDIT_READ, AUDIT_VERIFY, AGENCY_VIEW),
	HOTLINE_ANALYST(TRIAGE, REPORTER_CONTACT_VIEW, CASE_VIEW, EVIDENCE_VIEW, HASH_LIST_MANAGE, DIRECTORY_VIEW),
	INVESTIGATOR(TRIAGE_AT_INTAKE_DESK, CASE_VIEW, CASE_OPEN, CASE_EDIT, CASE_MANAGE, CHILD_IDENTITY_VIEW,
			CASE_EXPORT, REFERRAL_MANAGE, CONSENT_OVERRIDE, EVIDENCE_VIEW, EVIDENCE_ADD, EVIDENCE_REVEAL, DIRECTORY_VIEW),
	PROSECUTOR(CASE_VIEW, CASE_EDIT, CASE_MANAGE, CHILD_IDENTITY_VIEW, CASE_EXPORT, REFERRAL_MANAGE, CONSENT_OVERRIDE,
			EVIDENCE_VIEW, EVIDENCE_ADD, EVIDENCE_REVEAL, DIRECTORY_VIEW),
	JUDGE(CASE_VIEW, CASE_EDIT, CHILD_IDENTITY_VIEW, REFERRAL_MANAGE, EVIDENCE_VIEW, EVIDENCE_REVEAL, DIRECTORY_VIEW),
	SOCIAL_WORKER(CASE_VIEW, CASE_OPEN, CASE_EDIT, CASE_MANAGE, CHILD_IDENTITY_VIEW, REFERRAL_MANAGE,
			CONSENT_OVERRIDE, DIRECTORY_VIEW),
	TRAINER(DIRECTORY_VIEW, TRAINING_AUTHOR, TRAINING_ENROL_OTHERS, TRAINING_COVERAGE_VIEW),
	/** Runs the working group: meetings, decisions, priority actions, law reform; keeps community networks. */
	COORDINATOR(COORDINATION_VIEW, COORDINATION_MANAGE, DIRECTORY_VIEW, STATISTICS_VIEW, TRAINING_ENROL_OTHERS,
			TRAINING_COVERAGE_VIEW),
	DATA_ANALYST(COORDINATION_VIEW, DIRECTORY_VIEW, STATISTICS_VIEW, STATISTICS_EXACT),
	/** Manages the users and directory entries of its own agency only. */
	AGENCY_ADMIN(USER_MANAGE_OWN_AGENCY, AGENCY_MANAGE_OWN, AGENCY_VIEW, DIRECTORY_VIEW, DIRECTORY_MANAGE_OWN);

	private final Set<Permission> permissions;

	Role(Permission... permissions) {
		this.permissions = permissions.length == 0 ? EnumSet.noneOf(Permission.class) : EnumSet.of(permissions[0], permissions);
	}

	public Set<Permission> permissions() {
		return EnumSet.copyOf(permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : permissions);
	}

	/**
	 * Roles whose holders answer incoming reports in shifts (the triage queue and its danger alerts), and
	 * so may say whether they are on duty now.
	 */
	public boolean takesDuty() {
		return this == HOTLINE_ANALYST || this == INVESTIGATOR;
	}

	/** Roles an agency administrator may not grant: they reach beyond one agency. */
	public boolean reservedForAdministrators() {
		return this == ADMIN || this == AUDITOR;
	}

}
