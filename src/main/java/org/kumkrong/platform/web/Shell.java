package org.kumkrong.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.kumkrong.platform.Actor;
import org.kumkrong.platform.Authorities;
import org.kumkrong.platform.NavigationItem;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the page layout needs on every page, error pages included: whether a staff member is signed in,
 * who, and the navigation their permissions allow. Used in templates as {@code @shell}.
 */
@Component("shell")
public class Shell {

	private final List<NavigationItem> items;

	Shell(List<NavigationItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	public List<NavigationItem> navigation() {
		Set<String> held = authorities();
		if (!held.contains(Authorities.SIGNED_IN)) {
			return List.of();
		}
		return items.stream()
			.filter(item -> item.requiredAuthority() == null || held.contains(item.requiredAuthority()))
			.toList();
	}

	public boolean signedIn() {
		return authorities().contains(Authorities.SIGNED_IN);
	}

	public String actorName() {
		return signedIn() ? Actor.current().map(Actor::username).orElse("") : "";
	}

	public String currentPath() {
		var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
		if (attributes instanceof org.springframework.web.context.request.ServletRequestAttributes servlet) {
			return servlet.getRequest().getRequestURI();
		}
		return "";
	}

	/**
	 * The link that shows this page in another language: the same query (a dashboard's filters, the province of
	 * the help page) with {@code lang} replaced. The query is the browser's own, already percent-encoded; a page
	 * reached by POST has none, so no form input is ever copied into a link.
	 */
	public String languageQuery(String language) {
		StringBuilder query = new StringBuilder("?");
		var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
		if (attributes instanceof org.springframework.web.context.request.ServletRequestAttributes servlet
				&& "GET".equals(servlet.getRequest().getMethod()) && servlet.getRequest().getQueryString() != null) {
			for (String pair : servlet.getRequest().getQueryString().split("&")) {
				if (!pair.isEmpty() && !pair.equals("lang") && !pair.startsWith("lang=") && query.length() < 2000) {
					query.append(pair).append('&');
				}
			}
		}
		return query.append("lang=").append("th".equals(language) ? "th" : "en").toString();
	}

	public boolean holds(String authority) {
		return authorities().contains(authority);
	}

	private static Set<String> authorities() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Set.of();
		}
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}

}
