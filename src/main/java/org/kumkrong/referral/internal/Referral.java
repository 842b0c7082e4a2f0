package org.kumkrong.referral.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
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
import org.kumkrong.referral.ReferralPurpose;
import org.kumkrong.referral.ReferralState;

/**
 * A case handed from one agency to another for a purpose. The consent record (who gave it, when, whether
 * the child's views were heard) or the override reason travels with it, so the receiving agency sees on
 * what basis it is asked. Never deleted: a referral ends declined, completed or withdrawn.
 */
@Entity
@Table(name = "referral")
public class Referral {

	@Id
	private UUID id;

	private UUID caseId;

	private String caseReference;

	private UUID fromAgencyId;

	private UUID toAgencyId;

	private UUID toServicePointId;

	@Enumerated(EnumType.STRING)
	private ReferralPurpose purpose;

	@Enumerated(EnumType.STRING)
	private ReferralState state;

	private String message;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "referral_child", joinColumns = @JoinColumn(name = "referral_id"))
	@Column(name = "child_id")
	private Set<UUID> childIds = new LinkedHashSet<>();

	@Enumerated(EnumType.STRING)
	private ConsentGiver consentGivenBy;

	private LocalDate consentGivenOn;

	private Boolean childViewsHeard;

	private String childViewsSummary;

	private String consentOverrideReason;

	private UUID consentOverriddenBy;

	private UUID requestedBy;

	private Instant requestedAt;

	private Instant dueAt;

	private UUID answeredBy;

	private Instant answeredAt;

	private String reasonCode;

	private String reasonNote;

	private Instant completedAt;

	private String outcomeCode;

	private String outcomeNote;

	private Instant withdrawnAt;

	private Instant overdueNotifiedAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Referral() {
	}

	Referral(UUID id, UUID caseId, String caseReference, UUID fromAgencyId, UUID toAgencyId, ReferralPurpose purpose,
			Set<UUID> childIds, String message, UUID requestedBy, Instant now, Instant dueAt) {
		this.id = id;
		this.caseId = caseId;
		this.caseReference = caseReference;
		this.fromAgencyId = fromAgencyId;
		this.toAgencyId = toAgencyId;
		this.purpose = purpose;
		this.childIds.addAll(childIds);
		this.message = message;
		this.requestedBy = requestedBy;
		this.requestedAt = now;
		this.dueAt = dueAt;
		this.updatedAt = now;
		this.state = ReferralState.REQUESTED;
	}

	void recordConsent(ConsentGiver givenBy, LocalDate givenOn, boolean viewsHeard, String viewsSummary) {
		this.consentGivenBy = givenBy;
		this.consentGivenOn = givenOn;
		this.childViewsHeard = viewsHeard;
		this.childViewsSummary = viewsSummary;
	}

	void overrideConsent(String reason, UUID by) {
		this.consentOverrideReason = reason;
		this.consentOverriddenBy = by;
	}

	void accept(UUID by, Instant now) {
		state = ReferralState.ACCEPTED;
		answeredBy = by;
		answeredAt = now;
		updatedAt = now;
	}

	void decline(UUID by, Instant now, DeclineReason reason, String note) {
		state = ReferralState.DECLINED;
		answeredBy = by;
		answeredAt = now;
		reasonCode = reason.name();
		reasonNote = note;
		updatedAt = now;
	}

	void complete(Instant now, ReferralOutcome outcome, String note) {
		state = ReferralState.COMPLETED;
		completedAt = now;
		outcomeCode = outcome.name();
		outcomeNote = note;
		updatedAt = now;
	}

	void withdraw(Instant now, WithdrawalReason reason, String note) {
		state = ReferralState.WITHDRAWN;
		withdrawnAt = now;
		reasonCode = reason.name();
		reasonNote = note;
		updatedAt = now;
	}

	/** Waiting for an answer past its deadline. */
	public boolean overdue(Instant now) {
		return state == ReferralState.REQUESTED && dueAt.isBefore(now);
	}

	public boolean consentOverridden() {
		return consentOverrideReason != null;
	}

	public boolean involves(UUID agencyId) {
		return agencyId != null && (agencyId.equals(fromAgencyId) || agencyId.equals(toAgencyId));
	}

	public UUID id() { return id; }
	public UUID caseId() { return caseId; }
	public String caseReference() { return caseReference; }
	public UUID fromAgencyId() { return fromAgencyId; }
	public UUID toAgencyId() { return toAgencyId; }
	public UUID toServicePointId() { return toServicePointId; }

	void toServicePoint(UUID servicePointId) {
		this.toServicePointId = servicePointId;
	}
	public ReferralPurpose purpose() { return purpose; }
	public ReferralState state() { return state; }
	public String message() { return message; }
	public Set<UUID> childIds() { return Set.copyOf(childIds); }
	public ConsentGiver consentGivenBy() { return consentGivenBy; }
	public LocalDate consentGivenOn() { return consentGivenOn; }
	public Boolean childViewsHeard() { return childViewsHeard; }
	public String childViewsSummary() { return childViewsSummary; }
	public String consentOverrideReason() { return consentOverrideReason; }
	public UUID consentOverriddenBy() { return consentOverriddenBy; }
	public UUID requestedBy() { return requestedBy; }
	public Instant requestedAt() { return requestedAt; }
	public Instant dueAt() { return dueAt; }
	public UUID answeredBy() { return answeredBy; }
	public Instant answeredAt() { return answeredAt; }
	public String reasonCode() { return reasonCode; }
	public String reasonNote() { return reasonNote; }
	public Instant completedAt() { return completedAt; }
	public String outcomeCode() { return outcomeCode; }
	public String outcomeNote() { return outcomeNote; }
	public Instant withdrawnAt() { return withdrawnAt; }
	public Instant overdueNotifiedAt() { return overdueNotifiedAt; }
	public long version() { return version; }

	@Override
	public String toString() {
		return "Referral[" + id + ", " + purpose + ", " + state + "]";
	}

}
