package org.kumkrong.account.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.directory.Agencies;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.Authorities;
import org.kumkrong.platform.NotFoundException;
import org.kumkrong.platform.PartnerKeyAuthenticator;
import org.kumkrong.platform.RuleViolationException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner API keys (SECURITY.md row 3): 256 random bits, shown once, stored as SHA-256 (a fast hash is
 * enough for a key of full entropy and keeps every API call cheap), scoped to one agency, revocable.
 */
@Service
public class PartnerKeys implements PartnerKeyAuthenticator {

	static final String PREFIX = "kk_";

	static final String RECORD_TYPE = "account_api_key";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Agencies agencies;

	private final AuditTrail audit;

	private final Clock clock;

	/** When each key's last use was last written, so a busy partner costs one write a minute, not one a call. */
	private final Map<UUID, Instant> lastUseWritten = new ConcurrentHashMap<>();

	PartnerKeys(JdbcTemplate jdbc, Agencies agencies, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	/** One issued key as administrators see it; never the key itself. */
	public record ApiKeyView(UUID id, UUID agencyId, String label, String prefix, Instant createdAt, Instant revokedAt,
			Instant lastUsedAt) {

		public boolean active() {
			return revokedAt == null;
		}

	}

	/** A freshly issued key: {@code key} is shown once and never again. */
	public record IssuedKey(UUID id, String key) {
	}

	@Transactional
	public IssuedKey issue(UUID agencyId, String label) {
		String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
		return store(agencyId, label, key);
	}

	/** Stores a known key (the documented demo key only). */
	@Transactional
	public IssuedKey store(UUID agencyId, String label, String key) {
		if (agencyId == null || agencies.find(agencyId).isEmpty()) {
			throw new RuleViolationException("agencyId", "account.apiKey.error.agency");
		}
		if (label == null || label.isBlank() || label.length() > 200) {
			throw new RuleViolationException("label", "account.apiKey.error.label");
		}
		UUID id = UUID.randomUUID();
		jdbc.update("insert into account_api_key (id, agency_id, label, key_hash, key_prefix, created_by, created_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?)", id, agencyId, label.strip(), UserAdministration.sha256(key),
				key.substring(0, Math.min(10, key.length())), Actor.current().map(Actor::userId).orElse(null),
				Timestamp.from(clock.instant()));
		audit.record("account.apiKey.issued", RECORD_TYPE, id, AuditOutcome.SUCCESS);
		return new IssuedKey(id, key);
	}

	@Transactional
	public void revoke(UUID id) {
		int changed = jdbc.update("update account_api_key set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null",
				Timestamp.from(clock.instant()), Actor.current().map(Actor::userId).orElse(null), id);
		if (changed == 0 && jdbc.queryForObject("select count(*) from account_api_key where id = ?", Integer.class, id) == 0) {
			throw new NotFoundException("api key");
		}
		audit.record("account.apiKey.revoked", RECORD_TYPE, id, AuditOutcome.SUCCESS);
	}

	@Transactional(readOnly = true)
	public List<ApiKeyView> list() {
		return jdbc.query("select id, agency_id, label, key_prefix, created_at, revoked_at, last_used_at "
				+ "from account_api_key order by created_at desc", (rs, row) -> new ApiKeyView(
						rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class), rs.getString("label"),
						rs.getString("key_prefix"), instant(rs.getTimestamp("created_at")),
						instant(rs.getTimestamp("revoked_at")), instant(rs.getTimestamp("last_used_at"))));
	}

	@Override
	public Optional<Authentication> authenticate(String presentedKey) {
		if (presentedKey == null || !presentedKey.startsWith(PREFIX) || presentedKey.length() > 100) {
			return Optional.empty();
		}
		List<Map<String, Object>> rows = jdbc.queryForList(
				"select id, agency_id, key_prefix from account_api_key where key_hash = ? and revoked_at is null",
				UserAdministration.sha256(presentedKey));
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		UUID id = (UUID) rows.get(0).get("id");
		UUID agencyId = (UUID) rows.get(0).get("agency_id");
		Instant now = clock.instant();
		Instant written = lastUseWritten.get(id);
		if (written == null || Duration.between(written, now).toSeconds() >= 60) {
			lastUseWritten.put(id, now);
			jdbc.update("update account_api_key set last_used_at = ? where id = ?", Timestamp.from(now), id);
		}
		var principal = new PartnerPrincipal(id, (String) rows.get(0).get("key_prefix"), agencyId);
		return Optional.of(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority(Authorities.PARTNER))));
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
