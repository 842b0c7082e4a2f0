package org.kumkrong.intake.internal;

import org.kumkrong.directory.Agencies;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.Permission;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may work the triage queue: anyone holding {@code TRIAGE} (hotline analysts), and holders of
 * {@code TRIAGE_AT_INTAKE_DESK} (investigators) while their agency is an intake desk — decided at each
 * request, so unmarking an agency takes effect at once. Used in {@code @PreAuthorize("@triageAccess.allowed()")}.
 */
@Component("triageAccess")
public class TriageAccess {

	private final Agencies agencies;

	TriageAccess(Agencies agencies) {
		this.agencies = agencies;
	}

	public boolean allowed() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return false;
		}
		if (holds(authentication, Permission.TRIAGE)) {
			return true;
		}
		return holds(authentication, Permission.TRIAGE_AT_INTAKE_DESK)
				&& Actor.current().map(actor -> agencies.isIntakeDesk(actor.agencyId())).orElse(false);
	}

	/** Whether the reporter's contact details may be shown (hotline analysts only). */
	public boolean mayContact() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && holds(authentication, Permission.REPORTER_CONTACT_VIEW);
	}

	private static boolean holds(Authentication authentication, Permission permission) {
		return authentication.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(permission.authority()::equals);
	}

}
