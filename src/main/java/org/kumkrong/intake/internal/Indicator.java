package org.kumkrong.intake.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A normalised trace that two reports may share (the same web page, username, e-mail, phone or file),
 * used to suggest duplicates. Values longer than the column are kept as their SHA-256.
 */
record Indicator(Kind kind, String value) {

	enum Kind {
		URL, USERNAME, EMAIL, PHONE, SHA256, MD5, PDQ
	}

	static final int MAX = 512;

	/** The indicators of a submission (and the SHA-256 of its screenshots). */
	static Set<Indicator> of(ReportSubmission s, Iterable<String> screenshotHashes) {
		Set<Indicator> out = new LinkedHashSet<>();
		for (ReportSubmission.InternetDetail detail : s.internet()) {
			if (detail == null || detail.value() == null || detail.type() == null) {
				continue;
			}
			switch (detail.type()) {
				case "WEB_PAGE" -> add(out, Kind.URL, url(detail.value()));
				case "EMAIL" -> add(out, Kind.EMAIL, detail.value().strip().toLowerCase(Locale.ROOT));
				case "PHONE" -> add(out, Kind.PHONE, phone(detail.value()));
				case "USERNAME", "CHAT", "ONLINE_GAME" -> add(out, Kind.USERNAME, username(detail.value()));
				default -> {
				}
			}
		}
		for (ReportSubmission.ReportedPerson person : s.persons()) {
			if (person == null) {
				continue;
			}
			person.screenNames().forEach(name -> add(out, Kind.USERNAME, username(name)));
			person.profileUrls().forEach(url -> add(out, Kind.URL, url(url)));
			person.emails().forEach(email -> add(out, Kind.EMAIL, email == null ? null : email.strip().toLowerCase(Locale.ROOT)));
			person.phones().forEach(phone -> add(out, Kind.PHONE, phone(phone)));
		}
		for (ReportSubmission.DeclaredFile file : s.files()) {
			if (file == null) {
				continue;
			}
			add(out, Kind.SHA256, lower(file.sha256()));
			add(out, Kind.MD5, lower(file.md5()));
			add(out, Kind.PDQ, lower(file.pdq()));
		}
		for (String hash : screenshotHashes) {
			add(out, Kind.SHA256, lower(hash));
		}
		return out;
	}

	private static void add(Set<Indicator> out, Kind kind, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		out.add(new Indicator(kind, value.length() > MAX ? "sha256:" + sha256(value) : value));
	}

	private static String lower(String value) {
		return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
	}

	/** Scheme and host in lower case, no fragment, no trailing slash, no "www.". */
	static String url(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		try {
			URI uri = new URI(trimmed);
			if (uri.getHost() == null) {
				return trimmed;
			}
			String host = uri.getHost().toLowerCase(Locale.ROOT);
			if (host.startsWith("www.")) {
				host = host.substring(4);
			}
			String path = uri.getRawPath() == null ? "" : uri.getRawPath();
			while (path.endsWith("/")) {
				path = path.substring(0, path.length() - 1);
			}
			String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
			return host + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + path + query;
		}
		catch (Exception ex) {
			return trimmed;
		}
	}

	static String username(String value) {
		if (value == null) {
			return null;
		}
		String name = value.strip().toLowerCase(Locale.ROOT);
		while (name.startsWith("@")) {
			name = name.substring(1);
		}
		return name;
	}

	static String phone(String value) {
		if (value == null) {
			return null;
		}
		String digits = value.replaceAll("[^0-9]", "");
		// A Thai number written nationally (0…) and internationally (+66…) is the same number.
		if (digits.startsWith("66") && digits.length() >= 10) {
			digits = "0" + digits.substring(2);
		}
		return digits.length() < 3 ? null : digits;
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
