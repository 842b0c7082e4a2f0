package org.kumkrong.audit.web;

import org.kumkrong.audit.AuditChain;
import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.audit.ChainVerification;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff API (signed-in session): checks the audit chain. Auditors and administrators hold AUDIT_VERIFY. */
@RestController
class AuditVerificationController {

	private final AuditChain chain;

	private final AuditTrail trail;

	AuditVerificationController(AuditChain chain, AuditTrail trail) {
		this.chain = chain;
		this.trail = trail;
	}

	@GetMapping("/api/v1/audit/verify")
	@PreAuthorize("hasAuthority('AUDIT_VERIFY')")
	ChainVerification verify() {
		return verifyAndRecord(chain, trail);
	}

	/** Runs the verification and records that it was run, with a failure outcome when the chain is broken. */
	static ChainVerification verifyAndRecord(AuditChain chain, AuditTrail trail) {
		ChainVerification result = chain.verify();
		trail.record("audit.verified", "audit_entry", result.firstBrokenEntry(),
				result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE);
		return result;
	}

}
