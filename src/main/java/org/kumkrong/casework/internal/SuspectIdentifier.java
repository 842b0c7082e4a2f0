package org.kumkrong.casework.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * One online identifier of a suspect: a screen name on a platform, a profile URL, an e-mail address, a
 * phone number, or an IP address seen at a moment (an "IP event"). {@code normalized} is the form
 * searches compare: lower case, and for phones digits only.
 */
@Entity
@Audited
@Table(name = "casework_suspect_identifier")
public class SuspectIdentifier {

	public enum Kind { SCREEN_NAME, PROFILE_URL, EMAIL, PHONE, IP }

	@Id
	private UUID id;

	@ManyToOne
	@JoinColumn(name = "suspect_id")
	private Suspect suspect;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String platformCode;

	private String identifier;

	private String normalized;

	private Instant observedAt;

	protected SuspectIdentifier() {
	}

	SuspectIdentifier(UUID id, Suspect suspect, Kind kind, String platformCode, String identifier, Instant observedAt) {
		this.id = id;
		this.suspect = suspect;
		this.kind = kind;
		this.platformCode = platformCode;
		this.identifier = identifier;
		this.normalized = normalize(kind, identifier);
		this.observedAt = observedAt;
	}

	public UUID id() { return id; }
	public Suspect suspect() { return suspect; }
	public Kind kind() { return kind; }
	public String platformCode() { return platformCode; }
	public String identifier() { return identifier; }
	public String normalized() { return normalized; }
	public Instant observedAt() { return observedAt; }

	/** The form searches compare: trimmed, lower case, a leading {@code @} dropped; phones as digits only. */
	public static String normalize(Kind kind, String value) {
		String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		if (kind == Kind.PHONE) {
			String digits = text.replaceAll("[^0-9]", "");
			return digits.startsWith("66") && digits.length() > 9 ? "0" + digits.substring(2) : digits;
		}
		if (kind == Kind.SCREEN_NAME && text.startsWith("@")) {
			return text.substring(1);
		}
		return text;
	}
}
