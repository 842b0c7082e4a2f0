package org.kumkrong.referral.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kumkrong.account.Role;
import org.kumkrong.account.StaffContact;
import org.kumkrong.account.StaffDirectory;
import org.kumkrong.casework.CaseSummary;
import org.kumkrong.casework.Cases;
import org.kumkrong.casework.ChildSummary;
import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.platform.ActingAs;
import org.kumkrong.platform.KumkrongProperties;
import org.kumkrong.platform.Permission;
import org.kumkrong.referral.ReferralPurpose;
import org.kumkrong.referral.ReferralState;
import org.kumkrong.referral.internal.ReferralDraft.ConsentBasis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Synthetic demo referrals (only with demo data on, and only while there are none): the demo police
 * agencies' cases referred to the Attorney General's office, the court, social services and the shelter
 * NGO, in every state, some of them overdue. Runs after casework's demo cases ({@code @Order(100)}); with no
 * police case yet it does nothing. Each step acts as a staff member of the agency taking it (the agency's
 * first active account that handles referrals, or the agency itself when it has none), so the audit trail,
 * the timeline and the inboxes read as if people had done it.
 */
@Component
class ReferralDemoData {

	private static final Logger log = LoggerFactory.getLogger(ReferralDemoData.class);

	static final Set<Role> REFERRING_ROLES = Arrays.stream(Role.values())
		.filter(role -> role.permissions().contains(Permission.REFERRAL_MANAGE))
		.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));

	/** One demo referral: which police case, for what, to which agency type, where it ends, and whether it is late. */
	record Plan(int caseIndex, ReferralPurpose purpose, String agencyType, ReferralState end, boolean overdue,
			boolean override) {
	}

	static final List<Plan> PLANS = List.of(
			new Plan(0, ReferralPurpose.PROSECUTION, "PROSECUTION", ReferralState.REQUESTED, true, false),
			new Plan(0, ReferralPurpose.SHELTER, "NGO", ReferralState.REQUESTED, true, true),
			new Plan(1, ReferralPurpose.PROSECUTION, "PROSECUTION", ReferralState.ACCEPTED, false, false),
			new Plan(1, ReferralPurpose.VICTIM_SUPPORT, "SOCIAL_SERVICES", ReferralState.COMPLETED, false, false),
			new Plan(2, ReferralPurpose.TRIAL, "COURT", ReferralState.REQUESTED, false, false),
			new Plan(2, ReferralPurpose.VICTIM_SUPPORT, "SOCIAL_SERVICES", ReferralState.REQUESTED, false, false),
			new Plan(3, ReferralPurpose.TRIAL, "COURT", ReferralState.DECLINED, false, false),
			new Plan(3, ReferralPurpose.COUNSELLING, "NGO", ReferralState.WITHDRAWN, false, false),
			new Plan(4, ReferralPurpose.SHELTER, "NGO", ReferralState.COMPLETED, false, true),
			new Plan(4, ReferralPurpose.TRIAL, "COURT", ReferralState.ACCEPTED, false, false),
			new Plan(5, ReferralPurpose.PROSECUTION, "PROSECUTION", ReferralState.COMPLETED, false, false),
			new Plan(5, ReferralPurpose.VICTIM_SUPPORT, "SOCIAL_SERVICES", ReferralState.DECLINED, false, false));

	private final KumkrongProperties properties;

	private final ReferralDesk desk;

	private final Cases cases;

	private final Agencies agencies;

	private final StaffDirectory staff;

	private final JdbcClient jdbc;

	private final ReferralDeadlines deadlines;

	private final Clock clock;

	ReferralDemoData(KumkrongProperties properties, ReferralDesk desk, Cases cases, Agencies agencies,
			StaffDirectory staff, JdbcClient jdbc, ReferralDeadlines deadlines, Clock clock) {
		this.properties = properties;
		this.desk = desk;
		this.cases = cases;
		this.agencies = agencies;
		this.staff = staff;
		this.jdbc = jdbc;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(200)
	void seed() {
		if (!properties.demoData() || jdbc.sql("select count(*) from referral").query(Long.class).single() > 0) {
			return;
		}
		List<CaseSummary> policeCases = agencies.byType("POLICE").stream()
			.flatMap(police -> cases.ownedBy(police.id(), 12).stream())
			.toList();
		if (policeCases.isEmpty()) {
			log.info("No demo police cases yet: no demo referrals");
			return;
		}
		try {
			int made = seed(policeCases);
			log.warn("Seeded {} synthetic demo referrals", made);
		}
		catch (RuntimeException ex) {
			// Demo data must never stop the application from starting.
			log.warn("Demo referrals could not be seeded: {}", ex.toString());
		}
	}

	/** Makes the planned referrals for these police cases. @return how many referrals were made */
	int seed(List<CaseSummary> policeCases) {
		int made = 0;
		for (Plan plan : PLANS) {
			CaseSummary kase = policeCases.get(plan.caseIndex() % policeCases.size());
			AgencyView to = receiver(plan.agencyType(), kase.provinceCode());
			if (to == null || to.id().equals(kase.ownerAgencyId())) {
				continue;
			}
			Referral referral;
			try {
				referral = as(kase.ownerAgencyId(), () -> desk.refer(draft(kase, plan, to)));
			}
			catch (org.kumkrong.platform.RuleViolationException ex) {
				// With few cases two plans can fall on the same case, agency and purpose: one referral is enough.
				continue;
			}
			made++;
			UUID id = referral.id();
			switch (plan.end()) {
				case ACCEPTED -> as(to.id(), () -> { desk.accept(id, version(id)); return null; });
				case COMPLETED -> {
					as(to.id(), () -> { desk.accept(id, version(id)); return null; });
					as(to.id(), () -> { desk.complete(id, version(id), ReferralOutcome.SERVICE_PROVIDED, null); return null; });
				}
				case DECLINED -> as(to.id(), () -> {
					desk.decline(id, version(id), DeclineReason.NO_CAPACITY, null);
					return null;
				});
				case WITHDRAWN -> as(kase.ownerAgencyId(), () -> {
					desk.withdraw(id, version(id), WithdrawalReason.REFERRED_ELSEWHERE, null);
					return null;
				});
				default -> {
				}
			}
			if (plan.overdue()) {
				// Asked long enough ago that the answer is a day late.
				Instant due = clock.instant().minus(Duration.ofDays(1));
				Instant asked = due.minus(deadlines.of(plan.purpose()));
				jdbc.sql("update referral set requested_at = ?, due_at = ? where id = ?")
					.params(Timestamp.from(asked), Timestamp.from(due), id)
					.update();
			}
		}
		return made;
	}

	private ReferralDraft draft(CaseSummary kase, Plan plan, AgencyView to) {
		List<ChildSummary> children = cases.children(kase.id());
		Set<UUID> about = children.isEmpty() ? Set.of() : Set.of(children.get(0).id());
		String message = "Demo referral: synthetic case for " + plan.purpose().name().toLowerCase().replace('_', ' ') + ".";
		if (plan.override()) {
			return new ReferralDraft(kase.id(), plan.purpose(), to.id(), about, message, ConsentBasis.OVERRIDE, null, null,
					null, null, "Demo: the child needs a safe place tonight; the guardian cannot be reached.");
		}
		return new ReferralDraft(kase.id(), plan.purpose(), to.id(), about, message, ConsentBasis.CONSENT,
				ConsentGiver.PARENT, LocalDate.now(clock.withZone(ReferralDesk.THAILAND)).minusDays(1), true,
				"Demo: wants help and prefers to talk to a woman.", null);
	}

	/** An active agency of the type, in the case's province if there is one there. */
	private AgencyView receiver(String type, String provinceCode) {
		return agencies.byType(type).stream()
			.min(Comparator.comparing((AgencyView agency) -> provinceCode == null || !provinceCode.equals(agency.provinceCode()))
				.thenComparing(AgencyView::nameEn))
			.orElse(null);
	}

	private long version(UUID id) {
		return jdbc.sql("select version from referral where id = ?").param(id).query(Long.class).single();
	}

	private <T> T as(UUID agencyId, java.util.function.Supplier<T> work) {
		UUID userId = staff.activeStaff(agencyId, REFERRING_ROLES).stream().findFirst().map(StaffContact::userId).orElse(null);
		return ActingAs.call(new ActingAs.Someone(userId, "demo-referrals", agencyId),
				List.of(Permission.CASE_VIEW, Permission.REFERRAL_MANAGE, Permission.CONSENT_OVERRIDE), work);
	}

}
