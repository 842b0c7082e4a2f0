package org.kumkrong.platform;

import java.util.Map;
import java.util.Locale;

/**
 * A part of the staff home page ({@code /home}) that a module renders itself, contributed as a bean: the
 * inbox, the on-duty switch, later "my cases" or "my tasks". Platform lays the panels out in
 * {@link #order()} without knowing the modules behind them (nothing in platform depends on a module);
 * each panel's fragment receives its {@link #model model} as the template variable {@code panel}.
 */
public interface HomePanel {

	/**
	 * The Thymeleaf fragment that renders the panel, as {@code "template :: selector"}, for example
	 * {@code "notification/inbox :: panel"}. A constant of the module, never user input.
	 */
	String fragment();

	/**
	 * What the fragment shows to this signed-in staff member; an empty map leaves the panel out (for
	 * example the on-duty switch for someone whose role takes no duty).
	 */
	Map<String, Object> model(Actor actor, Locale locale);

	/** Position on the page, lowest first. */
	int order();

}
