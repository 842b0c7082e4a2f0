package org.kumkrong.casework;

import java.util.Locale;
import java.util.Map;

import org.kumkrong.platform.Actor;

/**
 * A part of the case page that another module renders itself (referrals, later evidence), contributed as a
 * bean. Casework calls sections only after it has decided the actor may see the case, and lays them out in
 * {@link #order()}; each fragment receives its {@link #model model} as the template variable {@code section}
 * and the case as {@code kase}.
 */
public interface CaseSection {

	/** The fragment, as {@code "template :: selector"}; a constant of the module. */
	String fragment();

	/** What the fragment shows; an empty map leaves the section out. */
	Map<String, Object> model(CaseSummary kase, Actor actor, Locale locale);

	/** Position on the page, lowest first (casework's own parts are at 100–500). */
	int order();

	/**
	 * The id of the section's heading element, for the case page's list of contents, with
	 * {@link #headingKey()}; {@code null} leaves the section out of that list.
	 */
	default String anchor() {
		return null;
	}

	/** The message key of the section's heading, for the list of contents. */
	default String headingKey() {
		return null;
	}

}
