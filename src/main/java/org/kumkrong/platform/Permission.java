package org.kumkrong.platform;

/**
 * What a signed-in user may do. Each permission is a granted authority of the same name, checked with
 * {@code @PreAuthorize("hasAuthority('…')")} on every controller method; roles (account module) are
 * bundles of permissions. Modules add their permissions here as they arrive.
 */
public enum Permission {

	/** Create, edit and disable any agency. */
	AGENCY_MANAGE,
	/** Edit the directory entries of one's own agency. */
	AGENCY_MANAGE_OWN,
	/** See agencies in the administration pages. */
	AGENCY_VIEW,
	/** Create, edit, disable any staff account, assign any role, reset second factors. */
	USER_MANAGE,
	/** The same, limited to the accounts of one's own agency and to roles other than ADMIN and AUDITOR. */
	USER_MANAGE_OWN_AGENCY,
	/** Issue and revoke partner API keys. */
	API_KEY_MANAGE,
	/** Edit labels of reference lists and deactivate entries. */
	REFERENCE_MANAGE,
	/** Read and search the audit trail. */
	AUDIT_READ,
	/** Run the audit chain verification. */
	AUDIT_VERIFY,
	/** Work the triage queue of incoming reports: read, classify, reply, screen in or out, merge. */
	TRIAGE,
	/** The same, but only while one's agency is an intake desk (investigators of the cyber unit). */
	TRIAGE_AT_INTAKE_DESK,
	/** See the contact details a reporter chose to give (hotline analysts only). */
	REPORTER_CONTACT_VIEW,
	/** See the cases whose team includes one's agency (the one rule of case access lives in casework). */
	CASE_VIEW,
	/** Open a case directly, without a report. */
	CASE_OPEN,
	/** Add and change children, suspects, incidents, notes and tasks on a visible case; record outcomes. */
	CASE_EDIT,
	/** Manage a case's course: status, closing and reopening, transfer, merging, team (owner agency only). */
	CASE_MANAGE,
	/** See a child's identifying fields (after a step-up, each reveal audited). */
	CHILD_IDENTITY_VIEW,
	/** Export the case list (after a step-up). */
	CASE_EXPORT,
	/** Refer a visible case to another agency, and answer referrals made to one's agency. */
	REFERRAL_MANAGE,
	/** Refer without the recorded consent of the child or guardian, with a reason (audited). */
	CONSENT_OVERRIDE,
	/** See the evidence items of a visible case: what they are, their hashes, custody and matches — never the content. */
	EVIDENCE_VIEW,
	/** Add evidence to a visible case (upload). */
	EVIDENCE_ADD,
	/** Reveal the content of an evidence item one at a time, and download it (each audited). */
	EVIDENCE_REVEAL,
	/** Import and retire hash lists of known content. */
	HASH_LIST_MANAGE,
	/** See the directory's service points, community networks, service map and coverage gaps. */
	DIRECTORY_VIEW,
	/** Add, change, import and export any agency's service points; keep community networks. */
	DIRECTORY_MANAGE,
	/** The same for the service points of one's own agency only. */
	DIRECTORY_MANAGE_OWN,
	/** See the working group: objectives, priority actions, meetings, the law-reform tracker, the dashboard. */
	COORDINATION_VIEW,
	/** Record meetings and decisions, create and update actions, keep the law-reform tracker. */
	COORDINATION_MANAGE,
	/** Use the statistics dashboard and its exports (exports are always under disclosure control). */
	STATISTICS_VIEW,
	/** See exact counts on the dashboard and in API answers (small counts are otherwise shown as "< k"). */
	STATISTICS_EXACT,
	/** Write training courses: lessons, assessment questions, new versions, publishing. */
	TRAINING_AUTHOR,
	/** Enrol other staff in a course: individuals, or everyone of a role in an agency or a province. */
	TRAINING_ENROL_OTHERS,
	/** See who has completed which course, by agency, role and province, with the gaps. */
	TRAINING_COVERAGE_VIEW;

	/** The authority string this permission is granted as. */
	public String authority() {
		return name();
	}

}
