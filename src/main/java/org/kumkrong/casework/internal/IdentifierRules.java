package org.kumkrong.casework.internal;

import java.net.URI;
import java.util.regex.Pattern;

/** Shape checks for suspects' online identifiers. */
final class IdentifierRules {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,24}");

	private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)");

	private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]{2,39}");

	private IdentifierRules() {
	}

	static boolean valid(SuspectIdentifier.Kind kind, String value) {
		return switch (kind) {
			case SCREEN_NAME -> value.length() <= 200 && value.codePoints().noneMatch(Character::isISOControl);
			case EMAIL -> EMAIL.matcher(value).matches();
			case PHONE -> PHONE.matcher(value).matches();
			case IP -> IPV4.matcher(value).matches() || (value.contains(":") && IPV6.matcher(value).matches());
			case PROFILE_URL -> url(value);
		};
	}

	private static boolean url(String value) {
		try {
			URI uri = URI.create(value);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}
}
