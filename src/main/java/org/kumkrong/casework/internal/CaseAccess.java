package org.kumkrong.casework.internal;

import java.util.UUID;

import org.kumkrong.casework.CaseNotFoundException;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.Permission;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one rule of case access: a case is visible to signed-in staff holding {@code CASE_VIEW} whose agency
 * is on its team. Anything else is "no such case" (404), never "forbidden". A child's identity needs
 * {@code CHILD_IDENTITY_VIEW} on top; managing the case's course needs {@code CASE_MANAGE} in the owner agency.
 */
@Component
public class CaseAccess {

	public static boolean holds(Permission permission) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities().stream()
			.anyMatch(authority -> permission.authority().equals(authority.getAuthority()));
	}

	public static Actor actor() {
		return Actor.current().orElseThrow(CaseNotFoundException::new);
	}

	public boolean mayView(CaseFile kase) {
		Actor actor = Actor.current().orElse(null);
		return actor != null && holds(Permission.CASE_VIEW) && kase.onTeam(actor.agencyId());
	}

	/** The case if the actor may see it, otherwise {@link CaseNotFoundException}. */
	public CaseFile requireVisible(CaseFile kase) {
		if (kase == null || !mayView(kase)) {
			throw new CaseNotFoundException();
		}
		return kase;
	}

	public boolean mayEdit(CaseFile kase) {
		return mayView(kase) && holds(Permission.CASE_EDIT);
	}

	/** Owner agency staff with CASE_MANAGE: status, closing, reopening, transfer, merge, team. */
	public boolean mayManage(CaseFile kase) {
		Actor actor = Actor.current().orElse(null);
		return actor != null && mayView(kase) && holds(Permission.CASE_MANAGE) && kase.ownerAgencyId().equals(actor.agencyId());
	}

	public boolean identityCleared() {
		return holds(Permission.CHILD_IDENTITY_VIEW);
	}

	public UUID agencyId() {
		return actor().agencyId();
	}
}
