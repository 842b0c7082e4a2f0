package org.kumkrong.account.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import org.kumkrong.account.Role;
import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.platform.Authorities;
import org.kumkrong.platform.FieldEncryption;
import org.kumkrong.platform.Permission;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two steps of staff sign-in and everything that guards them: password (Argon2id) with lockout,
 * then a TOTP code (or enrolment of an authenticator on first sign-in). Each outcome is audited.
 */
@Service
public class SignIn {

	static final String RECORD_TYPE = "account_user";

	/** A valid Argon2id hash of a random password, checked against when the username is unknown so that
	 * unknown and known names take the same time. */
	private final String decoyHash;

	private final AccountUserRepository users;

	private final SignInAttempts attempts;

	private final PasswordEncoder passwords;

	private final FieldEncryption encryption;

	private final AuditTrail audit;

	private final Clock clock;

	SignIn(AccountUserRepository users, SignInAttempts attempts, PasswordEncoder passwords, FieldEncryption encryption,
			AuditTrail audit, Clock clock) {
		this.users = users;
		this.attempts = attempts;
		this.passwords = passwords;
		this.encryption = encryption;
		this.audit = audit;
		this.clock = clock;
		this.decoyHash = passwords.encode(UUID.randomUUID().toString());
	}

	/** Step one. Answers a partial authentication, or nothing: the caller shows one message for every failure. */
	@Transactional(noRollbackFor = RuntimeException.class)
	public Optional<Authentication> password(String username, String password) {
		String key = SignInAttempts.key(username);
		Optional<AccountUser> found = users.findByUsername(key);
		UUID userId = found.map(AccountUser::id).orElse(null);
		UUID agencyId = found.map(AccountUser::agencyId).orElse(null);
		if (attempts.locked(key)) {
			passwords.matches(password == null ? "" : password, decoyHash);
			audit.record(userId, agencyId, "account.signIn.refusedLocked", RECORD_TYPE, userId, AuditOutcome.DENIED);
			return Optional.empty();
		}
		boolean ok;
		if (found.isPresent() && found.get().active() && found.get().passwordHash() != null) {
			ok = passwords.matches(password == null ? "" : password, found.get().passwordHash());
		}
		else {
			passwords.matches(password == null ? "" : password, decoyHash);
			ok = false;
		}
		if (!ok) {
			int failures = attempts.recordFailure(key);
			audit.record(userId, agencyId, "account.signIn.passwordFailed", RECORD_TYPE, userId, AuditOutcome.FAILURE);
			if (failures == attempts.lockoutAttempts()) {
				audit.record(userId, agencyId, "account.locked", RECORD_TYPE, userId, AuditOutcome.SUCCESS);
			}
			return Optional.empty();
		}
		AccountUser user = found.get();
		audit.record(user.id(), user.agencyId(), "account.signIn.passwordAccepted", RECORD_TYPE, user.id(),
				AuditOutcome.SUCCESS);
		return Optional.of(partial(user));
	}

	static Authentication partial(AccountUser user) {
		return UsernamePasswordAuthenticationToken.authenticated(
				new StaffPrincipal(user.id(), user.username(), user.agencyId()), null,
				List.of(new SimpleGrantedAuthority(Authorities.SECOND_FACTOR_PENDING)));
	}

	/** Step two: a valid, unused code completes sign-in. A wrong code counts towards the lockout. */
	@Transactional(noRollbackFor = RuntimeException.class)
	public Optional<Authentication> secondFactor(UUID userId, String code) {
		AccountUser user = users.findById(userId).orElse(null);
		if (user == null || !user.active() || !user.totpEnrolled() || attempts.locked(user.username())) {
			if (user != null) {
				audit.record(user.id(), user.agencyId(), "account.signIn.secondFactorRefused", RECORD_TYPE, user.id(),
						AuditOutcome.DENIED);
			}
			return Optional.empty();
		}
		OptionalLong step = Totp.verify(secret(user, user.totpSecret()), code, clock.instant(), user.totpLastStep());
		if (step.isEmpty()) {
			int failures = attempts.recordFailure(user.username());
			audit.record(user.id(), user.agencyId(), "account.signIn.secondFactorFailed", RECORD_TYPE, user.id(),
					AuditOutcome.FAILURE);
			if (failures == attempts.lockoutAttempts()) {
				audit.record(user.id(), user.agencyId(), "account.locked", RECORD_TYPE, user.id(), AuditOutcome.SUCCESS);
			}
			return Optional.empty();
		}
		user.acceptTotpStep(step.getAsLong());
		attempts.clear(user.username());
		audit.record(user.id(), user.agencyId(), "account.signIn.success", RECORD_TYPE, user.id(), AuditOutcome.SUCCESS);
		return Optional.of(full(user));
	}

	/** The authentication of a fully signed-in user: their roles and the permissions the roles carry. */
	static Authentication full(AccountUser user) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(Authorities.SIGNED_IN));
		java.util.Set<Permission> permissions = java.util.EnumSet.noneOf(Permission.class);
		for (Role role : user.roles()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
			permissions.addAll(role.permissions());
		}
		permissions.forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission.authority())));
		return UsernamePasswordAuthenticationToken.authenticated(
				new StaffPrincipal(user.id(), user.username(), user.agencyId()), null, authorities);
	}

	/** Starts (or restarts) authenticator enrolment: answers the new Base32 secret to show once. */
	@Transactional
	public String beginEnrolment(UUID userId) {
		AccountUser user = users.findById(userId).orElseThrow();
		String secret = Totp.newSecret();
		user.startEnrolment(encrypt(user, secret, "pending"), clock.instant());
		return secret;
	}

	/** The pending secret, to show again when the first code was mistyped. */
	@Transactional(readOnly = true)
	public Optional<String> pendingSecret(UUID userId) {
		return users.findById(userId).filter(user -> user.totpPendingSecret() != null)
			.map(user -> decrypt(user, user.totpPendingSecret(), "pending"));
	}

	@Transactional(noRollbackFor = RuntimeException.class)
	public Optional<Authentication> completeEnrolment(UUID userId, String code) {
		AccountUser user = users.findById(userId).orElse(null);
		if (user == null || !user.active() || user.totpPendingSecret() == null) {
			return Optional.empty();
		}
		String secret = decrypt(user, user.totpPendingSecret(), "pending");
		OptionalLong step = Totp.verify(secret, code, clock.instant(), 0);
		if (step.isEmpty()) {
			attempts.recordFailure(user.username());
			audit.record(user.id(), user.agencyId(), "account.secondFactor.enrolmentFailed", RECORD_TYPE, user.id(),
					AuditOutcome.FAILURE);
			return Optional.empty();
		}
		user.startEnrolment(encrypt(user, secret, "active"), clock.instant());
		user.completeEnrolment(step.getAsLong(), clock.instant());
		attempts.clear(user.username());
		audit.record(user.id(), user.agencyId(), "account.secondFactor.enrolled", RECORD_TYPE, user.id(),
				AuditOutcome.SUCCESS);
		audit.record(user.id(), user.agencyId(), "account.signIn.success", RECORD_TYPE, user.id(), AuditOutcome.SUCCESS);
		return Optional.of(full(user));
	}

	@Transactional(readOnly = true)
	public boolean enrolled(UUID userId) {
		return users.findById(userId).map(AccountUser::totpEnrolled).orElse(false);
	}

	@Transactional(readOnly = true)
	public boolean mustChangePassword(UUID userId) {
		return users.findById(userId).map(AccountUser::mustChangePassword).orElse(false);
	}

	/** Checks a code for a step-up (re-entering the second factor before a sensitive action). */
	@Transactional(noRollbackFor = RuntimeException.class)
	public boolean stepUp(UUID userId, String code, String purpose) {
		AccountUser user = users.findById(userId).orElse(null);
		if (user == null || !user.totpEnrolled()) {
			return false;
		}
		OptionalLong step = Totp.verify(secret(user, user.totpSecret()), code, clock.instant(), user.totpLastStep());
		audit.record(user.id(), user.agencyId(), "account.stepUp." + purpose, RECORD_TYPE, user.id(),
				step.isPresent() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE);
		step.ifPresent(user::acceptTotpStep);
		return step.isPresent();
	}

	String encrypt(AccountUser user, String secret, String slot) {
		byte[] ciphertext = encryption.encrypt(secret.getBytes(StandardCharsets.US_ASCII), associatedData(user, slot));
		return Base64.getEncoder().encodeToString(ciphertext);
	}

	private String secret(AccountUser user, String stored) {
		return decrypt(user, stored, "active");
	}

	private String decrypt(AccountUser user, String stored, String slot) {
		byte[] plaintext = encryption.decrypt(Base64.getDecoder().decode(stored), associatedData(user, slot));
		return new String(plaintext, StandardCharsets.US_ASCII);
	}

	private static String associatedData(AccountUser user, String slot) {
		return "account_user.totp." + slot + ":" + user.id();
	}

	Instant now() {
		return clock.instant();
	}

}
