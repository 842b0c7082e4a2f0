package org.kumkrong.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.kumkrong.account.Role;
import org.kumkrong.account.UserView;
import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.directory.Agencies;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.NotFoundException;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.RuleViolationException;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing, disabling and resetting staff accounts, within the scope the acting administrator
 * has: every account ({@code USER_MANAGE}) or those of their own agency ({@code USER_MANAGE_OWN_AGENCY}).
 * Accounts outside the scope answer "not found". Every change and every view of an account is audited.
 */
@Service
public class UserAdministration {

	static final Duration LINK_LIFETIME = Duration.ofHours(72);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountUserRepository users;

	private final Agencies agencies;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final StaffSessions sessions;

	private final SignIn signIn;

	private final AuditTrail audit;

	private final Clock clock;

	UserAdministration(AccountUserRepository users, Agencies agencies, PasswordEncoder passwords, PasswordPolicy policy,
			StaffSessions sessions, SignIn signIn, AuditTrail audit, Clock clock) {
		this.users = users;
		this.agencies = agencies;
		this.passwords = passwords;
		this.policy = policy;
		this.sessions = sessions;
		this.signIn = signIn;
		this.audit = audit;
		this.clock = clock;
	}

	/** What an administrator submits to create or change an account. */
	public record UserChange(String username, String displayName, String email, UUID agencyId, Set<Role> roles) {
	}

	/** A one-time sign-in link's secret part, shown once. */
	public record SignInLink(UUID userId, String token, Instant expiresAt) {
	}

	@Transactional(readOnly = true)
	public List<UserView> list(UUID agencyFilter, Role roleFilter, Boolean activeFilter, String search) {
		List<AccountUser> found = allInScope();
		String query = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
		return found.stream()
			.filter(u -> agencyFilter == null || agencyFilter.equals(u.agencyId()))
			.filter(u -> roleFilter == null || u.roles().contains(roleFilter))
			.filter(u -> activeFilter == null || activeFilter == u.active())
			.filter(u -> query.isEmpty() || u.username().contains(query)
					|| u.displayName().toLowerCase(Locale.ROOT).contains(query))
			.map(UserAdministration::view)
			.toList();
	}

	/** Opens one account's details; the view is audited. */
	@Transactional
	public UserView view(UUID id) {
		AccountUser user = inScope(id);
		audit.record("account.user.viewed", SignIn.RECORD_TYPE, id, AuditOutcome.SUCCESS);
		return view(user);
	}

	@Transactional
	public SignInLink create(UserChange change) {
		String username = normaliseUsername(change.username());
		if (users.existsByUsername(username)) {
			throw new RuleViolationException("username", "account.user.error.usernameTaken");
		}
		UUID agencyId = checkChange(change, null);
		AccountUser user = new AccountUser(UUID.randomUUID(), username, change.displayName().strip(),
				blankToNull(change.email()), agencyId, change.roles(), clock.instant());
		user = users.save(user);
		audit.record("account.user.created", SignIn.RECORD_TYPE, user.id(), AuditOutcome.SUCCESS);
		if (!change.roles().isEmpty()) {
			audit.record("account.user.rolesChanged", SignIn.RECORD_TYPE, user.id(), AuditOutcome.SUCCESS);
		}
		return issueLink(user, "account.user.activationIssued");
	}

	@Transactional
	public void update(UUID id, UserChange change) {
		AccountUser user = inScope(id);
		UUID agencyId = checkChange(change, user);
		boolean rolesChanged = !user.roles().equals(change.roles().isEmpty() ? EnumSet.noneOf(Role.class)
				: EnumSet.copyOf(change.roles()));
		boolean agencyChanged = !user.agencyId().equals(agencyId);
		user.update(change.displayName().strip(), blankToNull(change.email()), agencyId, change.roles(), clock.instant());
		audit.record("account.user.updated", SignIn.RECORD_TYPE, id, AuditOutcome.SUCCESS);
		if (rolesChanged) {
			audit.record("account.user.rolesChanged", SignIn.RECORD_TYPE, id, AuditOutcome.SUCCESS);
		}
		if (rolesChanged || agencyChanged) {
			// What a session may do was fixed at sign-in: end them so the new rights apply at once.
			sessions.endAll(user.username());
		}
	}

	@Transactional
	public void disable(UUID id) {
		AccountUser user = inScope(id);
		if (Actor.current().map(Actor::userId).filter(id::equals).isPresent()) {
			throw new RuleViolationException(null, "account.user.error.disableSelf");
		}
		user.disable(clock.instant());
		int ended = sessions.endAll(user.username());
		audit.record("account.user.disabled", SignIn.RECORD_TYPE, id, AuditOutcome.SUCCESS);
		if (ended > 0) {
			audit.record("account.user.sessionsEnded", SignIn.RECORD_TYPE, id, AuditOutcome.SUCCESS);
		}
	}

	@Transactional
	public void enable(UUID id) {
		AccountUser user = inScope(id);
		user.enable(clock.instant());
		audit.record("account.user.enabled", SignIn.RECORD_TYPE, id, AuditOutcome.SUCCESS);
	}

	/** Clears the password and issues a new one-time link to set another. */
	@Transactional
	public SignInLink resetPassword(UUID id) {
		AccountUser user = inScope(id);
		user.clearPassword(clock.instant());
		sessions.endAll(user.username());
		audit.record("account.user.passwordReset", SignIn.RECORD_TYPE, id, AuditOutcome.SUCCESS);
		return issueLink(user, "account.user.activationIssued");
	}

	/** Removes the authenticator; the one-time link lets the user prove their password and enrol a new one. */
	@Transactional
	public SignInLink resetSecondFactor(UUID id) {
		AccountUser user = inScope(id);
		user.resetSecondFactor(clock.instant());
		sessions.endAll(user.username());
		audit.record("account.user.secondFactorReset", SignIn.RECORD_TYPE, id, AuditOutcome.SUCCESS);
		return issueLink(user, "account.user.activationIssued");
	}

	/** The next sign-in must change the password. */
	@Transactional
	public void requirePasswordChange(UUID id) {
		AccountUser user = inScope(id);
		user.requirePasswordChange(clock.instant());
		audit.record("account.user.passwordChangeRequired", SignIn.RECORD_TYPE, id, AuditOutcome.SUCCESS);
	}

	// --- activation (no signed-in actor) ---

	@Transactional(readOnly = true)
	public Optional<UserView> activationFor(String token) {
		return byToken(token).map(UserAdministration::view);
	}

	/**
	 * Uses a one-time link: sets the password when none is set, or checks the existing one (second-factor
	 * reset). Answers the partial authentication that continues to enrolment or the code.
	 */
	@Transactional(noRollbackFor = RuleViolationException.class)
	public org.springframework.security.core.Authentication activate(String token, String password, String confirmation) {
		AccountUser user = byToken(token).orElseThrow(() -> new NotFoundException("sign-in link"));
		if (user.passwordHash() == null) {
			Optional<String> broken = policy.check(password, user.username());
			if (broken.isPresent()) {
				throw new RuleViolationException("password", broken.get());
			}
			if (!password.equals(confirmation)) {
				throw new RuleViolationException("confirmation", "account.password.error.mismatch");
			}
			user.setPassword(passwords.encode(password), clock.instant());
			audit.record(user.id(), user.agencyId(), "account.user.passwordSet", SignIn.RECORD_TYPE, user.id(),
					AuditOutcome.SUCCESS);
		}
		else if (password == null || !passwords.matches(password, user.passwordHash())) {
			audit.record(user.id(), user.agencyId(), "account.user.activationPasswordFailed", SignIn.RECORD_TYPE,
					user.id(), AuditOutcome.FAILURE);
			throw new RuleViolationException("password", "account.activate.error.password");
		}
		user.consumeActivation(clock.instant());
		audit.record(user.id(), user.agencyId(), "account.user.activationUsed", SignIn.RECORD_TYPE, user.id(),
				AuditOutcome.SUCCESS);
		return SignIn.partial(user);
	}

	// --- self-service ---

	@Transactional(noRollbackFor = RuleViolationException.class)
	public void changeOwnPassword(String current, String password, String confirmation) {
		Actor actor = Actor.current().orElseThrow();
		AccountUser user = users.findById(actor.userId()).orElseThrow(() -> new NotFoundException("account"));
		if (current == null || user.passwordHash() == null || !passwords.matches(current, user.passwordHash())) {
			audit.record("account.user.passwordChangeFailed", SignIn.RECORD_TYPE, user.id(), AuditOutcome.FAILURE);
			throw new RuleViolationException("current", "account.password.error.current");
		}
		Optional<String> broken = policy.check(password, user.username());
		if (broken.isPresent()) {
			throw new RuleViolationException("password", broken.get());
		}
		if (!password.equals(confirmation)) {
			throw new RuleViolationException("confirmation", "account.password.error.mismatch");
		}
		if (passwords.matches(password, user.passwordHash())) {
			throw new RuleViolationException("password", "account.password.error.same");
		}
		user.setPassword(passwords.encode(password), clock.instant());
		audit.record("account.user.passwordChanged", SignIn.RECORD_TYPE, user.id(), AuditOutcome.SUCCESS);
	}

	// --- used by demo data and tests ---

	/** Creates an account that can sign in at once with the given password and TOTP secret. */
	@Transactional
	public UUID createActivated(String username, String displayName, UUID agencyId, Set<Role> roles, String password,
			String totpSecret) {
		AccountUser user = new AccountUser(UUID.randomUUID(), normaliseUsername(username), displayName, null, agencyId,
				roles, clock.instant());
		user.setPassword(passwords.encode(password), clock.instant());
		user = users.save(user);
		user.enrolDirectly(signIn.encrypt(user, totpSecret, "active"), clock.instant());
		audit.record(null, null, "account.user.created", SignIn.RECORD_TYPE, user.id(), AuditOutcome.SUCCESS);
		return user.id();
	}

	/** The address a sign-in link may be mailed to (no audit: it is the administrator's own action). */
	@Transactional(readOnly = true)
	public Optional<String> emailOf(UUID id) {
		return users.findById(id).map(AccountUser::email);
	}

	@Transactional(readOnly = true)
	public boolean anyUsers() {
		return users.count() > 0;
	}

	@Transactional(readOnly = true)
	public Optional<UserView> findByUsername(String username) {
		return users.findByUsername(normaliseUsername(username)).map(UserAdministration::view);
	}

	// --- rules ---

	private UUID checkChange(UserChange change, AccountUser existing) {
		if (change.displayName() == null || change.displayName().isBlank()) {
			throw new RuleViolationException("displayName", "account.user.error.displayNameRequired");
		}
		if (change.displayName().length() > 200) {
			throw new RuleViolationException("displayName", "account.user.error.displayNameTooLong");
		}
		String email = blankToNull(change.email());
		if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
			throw new RuleViolationException("email", "account.user.error.email");
		}
		UUID agencyId = change.agencyId();
		if (!holds(Permission.USER_MANAGE)) {
			// An agency administrator works inside their own agency and cannot hand out system-wide roles.
			agencyId = Actor.current().map(Actor::agencyId).orElseThrow();
			if (change.roles().stream().anyMatch(Role::reservedForAdministrators)) {
				throw new RuleViolationException("roles", "account.user.error.roleNotAllowed");
			}
			if (existing != null && existing.roles().stream().anyMatch(Role::reservedForAdministrators)) {
				throw new NotFoundException("account");
			}
		}
		if (agencyId == null || agencies.find(agencyId).isEmpty()) {
			throw new RuleViolationException("agencyId", "account.user.error.agency");
		}
		return agencyId;
	}

	static String normaliseUsername(String username) {
		String value = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		if (!value.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
			throw new RuleViolationException("username", "account.user.error.username");
		}
		return value;
	}

	private SignInLink issueLink(AccountUser user, String action) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expires = clock.instant().plus(LINK_LIFETIME);
		user.issueActivation(sha256(token), expires, clock.instant());
		audit.record(action, SignIn.RECORD_TYPE, user.id(), AuditOutcome.SUCCESS);
		return new SignInLink(user.id(), token, expires);
	}

	private Optional<AccountUser> byToken(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return users.findByActivationTokenHash(sha256(token))
			.filter(AccountUser::active)
			.filter(user -> user.activationExpiresAt() != null && clock.instant().isBefore(user.activationExpiresAt()));
	}

	private List<AccountUser> allInScope() {
		if (holds(Permission.USER_MANAGE)) {
			return users.findAllByOrderByUsername();
		}
		if (holds(Permission.USER_MANAGE_OWN_AGENCY)) {
			UUID agency = Actor.current().map(Actor::agencyId).orElseThrow();
			return users.findByAgencyIdOrderByUsername(agency);
		}
		return List.of();
	}

	private AccountUser inScope(UUID id) {
		AccountUser user = users.findById(id).orElseThrow(() -> new NotFoundException("account"));
		if (holds(Permission.USER_MANAGE)) {
			return user;
		}
		if (holds(Permission.USER_MANAGE_OWN_AGENCY)
				&& Actor.current().map(Actor::agencyId).filter(user.agencyId()::equals).isPresent()) {
			return user;
		}
		throw new NotFoundException("account");
	}

	static boolean holds(Permission permission) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(permission.authority()::equals);
	}

	static UserView view(AccountUser user) {
		return new UserView(user.id(), user.username(), user.displayName(), user.email(), user.agencyId(), user.roles(),
				user.active(), user.totpEnrolled(), user.passwordHash() != null, user.activationTokenHash() != null,
				user.createdAt(), user.updatedAt());
	}

	static String sha256(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
