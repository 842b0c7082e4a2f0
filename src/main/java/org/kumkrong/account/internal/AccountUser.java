package org.kumkrong.account.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.kumkrong.account.Role;

/**
 * A staff account of one agency. Never deleted: disabled, with its history kept (Envers keeps every
 * version of the non-secret fields and the roles; secrets are never copied into history).
 */
@Entity
@org.hibernate.envers.Audited
@Table(name = "account_user")
public class AccountUser {

	@Id
	private UUID id;

	private String username;

	private String displayName;

	private String email;

	private UUID agencyId;

	@org.hibernate.envers.NotAudited
	private String passwordHash;

	@org.hibernate.envers.NotAudited
	private Instant passwordChangedAt;

	@org.hibernate.envers.NotAudited
	private String totpSecret;

	@org.hibernate.envers.NotAudited
	private String totpPendingSecret;

	private boolean totpEnrolled;

	@org.hibernate.envers.NotAudited
	private long totpLastStep;

	private boolean active;

	private boolean mustChangePassword;

	private boolean onDuty;

	@org.hibernate.envers.NotAudited
	private String activationTokenHash;

	@org.hibernate.envers.NotAudited
	private Instant activationExpiresAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected AccountUser() {
	}

	AccountUser(UUID id, String username, String displayName, String email, UUID agencyId, Set<Role> roles, Instant now) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.agencyId = agencyId;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.active = true;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public UUID id() { return id; }
	public String username() { return username; }
	public String displayName() { return displayName; }
	public String email() { return email; }
	public UUID agencyId() { return agencyId; }
	public String passwordHash() { return passwordHash; }
	public Instant passwordChangedAt() { return passwordChangedAt; }
	public String totpSecret() { return totpSecret; }
	public String totpPendingSecret() { return totpPendingSecret; }
	public boolean totpEnrolled() { return totpEnrolled; }
	public long totpLastStep() { return totpLastStep; }
	public boolean active() { return active; }
	public boolean mustChangePassword() { return mustChangePassword; }
	public boolean onDuty() { return onDuty; }
	public String activationTokenHash() { return activationTokenHash; }
	public Instant activationExpiresAt() { return activationExpiresAt; }
	public Instant createdAt() { return createdAt; }
	public Instant updatedAt() { return updatedAt; }
	public Set<Role> roles() { return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }

	void update(String displayName, String email, UUID agencyId, Set<Role> roles, Instant now) {
		this.displayName = displayName;
		this.email = email;
		this.agencyId = agencyId;
		this.roles.clear();
		this.roles.addAll(roles);
		this.updatedAt = now;
	}

	void setPassword(String hash, Instant now) {
		this.passwordHash = hash;
		this.passwordChangedAt = now;
		this.mustChangePassword = false;
		this.updatedAt = now;
	}

	void clearPassword(Instant now) {
		this.passwordHash = null;
		this.updatedAt = now;
	}

	void requirePasswordChange(Instant now) {
		this.mustChangePassword = true;
		this.updatedAt = now;
	}

	void startEnrolment(String encryptedPendingSecret, Instant now) {
		this.totpPendingSecret = encryptedPendingSecret;
		this.updatedAt = now;
	}

	void completeEnrolment(long step, Instant now) {
		this.totpSecret = this.totpPendingSecret;
		this.totpPendingSecret = null;
		this.totpEnrolled = true;
		this.totpLastStep = step;
		this.updatedAt = now;
	}

	void enrolDirectly(String encryptedSecret, Instant now) {
		this.totpSecret = encryptedSecret;
		this.totpPendingSecret = null;
		this.totpEnrolled = true;
		this.updatedAt = now;
	}

	void resetSecondFactor(Instant now) {
		this.totpSecret = null;
		this.totpPendingSecret = null;
		this.totpEnrolled = false;
		this.updatedAt = now;
	}

	void acceptTotpStep(long step) {
		this.totpLastStep = step;
	}

	void issueActivation(String tokenHash, Instant expiresAt, Instant now) {
		this.activationTokenHash = tokenHash;
		this.activationExpiresAt = expiresAt;
		this.updatedAt = now;
	}

	void consumeActivation(Instant now) {
		this.activationTokenHash = null;
		this.activationExpiresAt = null;
		this.updatedAt = now;
	}

	void setOnDuty(boolean onDuty, Instant now) {
		this.onDuty = onDuty;
		this.updatedAt = now;
	}

	void disable(Instant now) {
		this.active = false;
		this.updatedAt = now;
	}

	void enable(Instant now) {
		this.active = true;
		this.updatedAt = now;
	}

	@Override
	public String toString() {
		return "AccountUser[" + id + "]";
	}

}
