package org.kumkrong.referral.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.kumkrong.referral.ReferralState;

/** One step of a referral's course: the state it reached, when, by whom and why (a code). */
@Entity
@Table(name = "referral_status_change")
public class ReferralStatusChange {

	@Id
	private UUID id;

	private UUID referralId;

	@Enumerated(EnumType.STRING)
	private ReferralState state;

	private Instant at;

	private UUID actorId;

	private UUID agencyId;

	private String reasonCode;

	protected ReferralStatusChange() {
	}

	ReferralStatusChange(UUID referralId, ReferralState state, Instant at, UUID actorId, UUID agencyId, String reasonCode) {
		this.id = UUID.randomUUID();
		this.referralId = referralId;
		this.state = state;
		this.at = at;
		this.actorId = actorId;
		this.agencyId = agencyId;
		this.reasonCode = reasonCode;
	}

	public ReferralState state() { return state; }
	public Instant at() { return at; }
	public UUID actorId() { return actorId; }
	public UUID agencyId() { return agencyId; }
	public String reasonCode() { return reasonCode; }

}
