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
			HASH_LIST_MANAGE, STATISTICS_VIEW, STATISTICS_EXACT),
	AUDITOR(AUDIT_READ, AUDIT_VERIFY, AGENCY_VIEW),
	HOTLINE_ANALYST(TRIAGE, REPORTER_CONTACT_VIEW, CASE_VIEW, EVIDENCE_VIEW, HASH_LIST_MANAGE),
	INVESTIGATOR(TRIAGE_AT_INTAKE_DESK, CASE_VIEW, CASE_OPEN, CASE_EDIT, CASE_MANAGE, CHILD_IDENTITY_VIEW,
			CASE_EXPORT, REFERRAL_MANAGE, CONSENT_OVERRIDE, EVIDENCE_VIEW, EVIDENCE_ADD, EVIDENCE_REVEAL),
	PROSECUTOR(CASE_VIEW, CASE_EDIT, CASE_MANAGE, CHILD_IDENTITY_VIEW, CASE_EXPORT, REFERRAL_MANAGE, CONSENT_OVERRIDE,
			EVIDENCE_VIEW, EVIDENCE_ADD, EVIDENCE_REVEAL),
	JUDGE(CASE_VIEW, CASE_EDIT, CHILD_IDENTITY_VIEW, REFERRAL_MANAGE, EVIDENCE_VIEW, EVIDENCE_REVEAL),
	SOCIAL_WORKER(CASE_VIEW, CASE_OPEN, CASE_EDIT, CASE_MANAGE, CHILD_IDENTITY_VIEW, REFERRAL_MANAGE,
			CONSENT_OVERRIDE),
	TRAINER(TRAINING_AUTHOR, TRAINING_ENROL_OTHERS, TRAINING_COVERAGE_VIEW),
	COORDINATOR(STATISTICS_VIEW, TRAINING_ENROL_OTHERS, TRAINING_COVERAGE_VIEW),
	DATA_ANALYST(STATISTICS_VIEW, STATISTICS_EXACT),
	/** Manages the users and directory entries of its own agency only. */
	AGENCY_ADMIN(USER_MANAGE_OWN_AGENCY, AGENCY_MANAGE_OWN, AGENCY_VIEW);

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
