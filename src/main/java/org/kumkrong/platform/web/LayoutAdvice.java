package org.kumkrong.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.Authorities;
import org.kumkrong.platform.NavigationItem;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the navigation the signed-in user may use, who is signed in, and the current path. */
@ControllerAdvice
class LayoutAdvice {

	private final List<NavigationItem> items;

	LayoutAdvice(List<NavigationItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation() {
		Set<String> held = authorities();
		if (!held.contains(Authorities.SIGNED_IN)) {
			return List.of();
		}
		return items.stream()
			.filter(item -> item.requiredAuthority() == null || held.contains(item.requiredAuthority()))
			.toList();
	}

	@ModelAttribute("signedIn")
	boolean signedIn() {
		return authorities().contains(Authorities.SIGNED_IN);
	}

	@ModelAttribute("actorName")
	String actorName() {
		return Actor.current().filter(actor -> authorities().contains(Authorities.SIGNED_IN))
			.map(Actor::username).orElse(null);
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	private static Set<String> authorities() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Set.of();
		}
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}

}
