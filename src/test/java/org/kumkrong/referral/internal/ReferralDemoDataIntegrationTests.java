package org.kumkrong.referral.internal;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.casework.CaseSummary;
import org.kumkrong.casework.Cases;
import org.kumkrong.casework.internal.Casework;
import org.kumkrong.directory.Agencies;
import org.kumkrong.referral.ReferralFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo referrals, made from police cases this test opens (casework's own demo cases come later). */
@KumkrongIntegrationTest
class ReferralDemoDataIntegrationTests {

	@Autowired
	ReferralDemoData demo;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Agencies agencies;

	@Autowired
	Casework casework;

	@Autowired
	Cases cases;

	@Test
	void referralsInEveryStateToProsecutionCourtSocialServicesAndTheShelterSomeOverdue() {
		var fx = new ReferralFixture(agencies, jdbc, casework);
		List<CaseSummary> policeCases = fx.policeCases(cases, 6);
		List<UUID> ids = policeCases.stream().map(CaseSummary::id).toList();

		int made = demo.seed(policeCases);

		assertThat(made).isEqualTo(ReferralDemoData.PLANS.size());
		String in = String.join(",", ids.stream().map(id -> "'" + id + "'").toList());
		assertThat(jdbc.queryForList("select distinct state from referral where case_id in (" + in + ")", String.class))
			.containsExactlyInAnyOrder("REQUESTED", "ACCEPTED", "DECLINED", "COMPLETED", "WITHDRAWN");
		// By type: other tests add agencies of these types too, and the demo picks the one nearest the case.
		assertThat(jdbc.queryForList("select distinct to_agency_id from referral where case_id in (" + in + ")", UUID.class).stream()
				.map(id -> agencies.require(id).typeCode()).distinct().toList())
			.containsExactlyInAnyOrder("PROSECUTION", "COURT", "SOCIAL_SERVICES", "NGO");
		assertThat(jdbc.queryForObject("select count(*) from referral where case_id in (" + in + ") and state = 'REQUESTED' "
				+ "and due_at < current_timestamp", Long.class)).isPositive();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry a join referral r on a.record_id = cast(r.id as varchar(100)) "
				+ "where r.case_id in (" + in + ") and a.action = 'referral.consent.overridden' and a.outcome = 'SUCCESS'", Long.class))
			.isPositive();

		long before = jdbc.queryForObject("select count(*) from referral", Long.class);
		demo.seed();
		assertThat(jdbc.queryForObject("select count(*) from referral", Long.class)).as("idempotent: referrals exist").isEqualTo(before);
	}

}
