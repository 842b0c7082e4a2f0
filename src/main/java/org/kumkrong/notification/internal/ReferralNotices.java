package org.kumkrong.notification.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kumkrong.account.Role;
import org.kumkrong.account.StaffContact;
import org.kumkrong.account.StaffDirectory;
import org.kumkrong.notification.NotificationKind;
import org.kumkrong.platform.Permission;
import org.kumkrong.referral.ReferralAccepted;
import org.kumkrong.referral.ReferralCompleted;
import org.kumkrong.referral.ReferralDeclined;
import org.kumkrong.referral.ReferralOverdue;
import org.kumkrong.referral.ReferralPurpose;
import org.kumkrong.referral.ReferralRequested;
import org.kumkrong.referral.ReferralWithdrawn;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Tells people about referrals: a new one (and a withdrawn one) the staff of the receiving agency who may
 * answer referrals; an answer (accepted, declined, completed) the person who referred; an overdue one both.
 * Items name the case reference and the purpose only and link to the referral, which shows the rest to
 * those who may see it.
 */
@Component
class ReferralNotices {

	/** The roles whose holders answer referrals (those holding {@code REFERRAL_MANAGE}). */
	static final Set<Role> ANSWERING = Arrays.stream(Role.values())
		.filter(role -> role.permissions().contains(Permission.REFERRAL_MANAGE))
		.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));

	private final StaffDirectory staff;

	private final Notices notices;

	ReferralNotices(StaffDirectory staff, Notices notices) {
		this.staff = staff;
		this.notices = notices;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReferralRequested event) {
		notices.tell(staff.activeStaff(event.toAgencyId(), ANSWERING), NotificationKind.REFERRAL_REQUESTED,
				"notification.referralRequested.text", args(event.caseReference(), event.purpose()), link(event.referralId()));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReferralAccepted event) {
		toReferrer(event.referredBy(), NotificationKind.REFERRAL_ACCEPTED, "notification.referralAccepted.text",
				event.caseReference(), event.purpose(), event.referralId());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReferralDeclined event) {
		toReferrer(event.referredBy(), NotificationKind.REFERRAL_DECLINED, "notification.referralDeclined.text",
				event.caseReference(), event.purpose(), event.referralId());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReferralCompleted event) {
		toReferrer(event.referredBy(), NotificationKind.REFERRAL_COMPLETED, "notification.referralCompleted.text",
				event.caseReference(), event.purpose(), event.referralId());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReferralWithdrawn event) {
		notices.tell(staff.activeStaff(event.toAgencyId(), ANSWERING), NotificationKind.REFERRAL_WITHDRAWN,
				"notification.referralWithdrawn.text", args(event.caseReference(), event.purpose()), link(event.referralId()));
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(ReferralOverdue event) {
		List<StaffContact> people = new ArrayList<>(staff.activeStaff(event.toAgencyId(), ANSWERING));
		staff.contact(event.referredBy()).ifPresent(people::add);
		notices.tell(people, NotificationKind.REFERRAL_OVERDUE, "notification.referralOverdue.text",
				args(event.caseReference(), event.purpose()), link(event.referralId()));
	}

	private void toReferrer(UUID referredBy, NotificationKind kind, String messageKey, String caseReference,
			ReferralPurpose purpose, UUID referralId) {
		staff.contact(referredBy).ifPresent(person -> notices.tell(List.of(person), kind, messageKey,
				args(caseReference, purpose), link(referralId)));
	}

	private static List<String> args(String caseReference, ReferralPurpose purpose) {
		return List.of(caseReference, "referralPurpose." + purpose.name());
	}

	private static String link(UUID referralId) {
		return "/referrals/" + referralId;
	}

}
