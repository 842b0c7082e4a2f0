package org.kumkrong.referral.web;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.kumkrong.casework.CaseSection;
import org.kumkrong.casework.CaseSummary;
import org.kumkrong.directory.Agencies;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.Permission;
import org.kumkrong.referral.internal.ReferralDesk;

import org.springframework.stereotype.Component;

/**
 * The referrals part of the case page: every referral of the case (the case team may know where the case
 * went), with its state and overdue flag; a referral opens only for its two agencies. Holders of
 * {@code REFERRAL_MANAGE} get the "Refer" link. Casework calls this only for a case the actor may see, and
 * audits the page view itself.
 */
@Component
class ReferralCaseSection implements CaseSection {

	private final ReferralDesk desk;

	private final Agencies agencies;

	ReferralCaseSection(ReferralDesk desk, Agencies agencies) {
		this.desk = desk;
		this.agencies = agencies;
	}

	@Override
	public String fragment() {
		return "referral/case :: section";
	}

	@Override
	public Map<String, Object> model(CaseSummary kase, Actor actor, Locale locale) {
		Instant now = desk.now();
		var rows = desk.ofCase(kase.id()).stream()
			.map(r -> new ReferralRow(r.id(), r.caseReference(), r.purpose(), agencies.name(r.fromAgencyId(), locale),
					agencies.name(r.toAgencyId(), locale), r.state(), r.requestedAt(), r.dueAt(), r.overdue(now),
					r.involves(actor.agencyId())))
			.toList();
		return Map.of("caseId", kase.id(), "rows", rows, "mayRefer", ReferralDesk.holds(Permission.REFERRAL_MANAGE));
	}

	@Override
	public int order() {
		return 600;
	}

	@Override
	public String anchor() {
		return "referrals";
	}

	@Override
	public String headingKey() {
		return "referral.case.heading";
	}

}
