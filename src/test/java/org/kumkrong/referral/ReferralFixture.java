package org.kumkrong.referral;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.kumkrong.account.Role;
import org.kumkrong.casework.CasePriority;
import org.kumkrong.casework.CaseSummary;
import org.kumkrong.casework.Cases;
import org.kumkrong.casework.internal.Casework;
import org.kumkrong.casework.internal.Drafts.CaseDraft;
import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.platform.Authorities;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.TestActors;
import org.kumkrong.platform.TestActors.TestActor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The demo agencies and accounts the referral tests act as, and cases opened through casework (test code
 * may reach casework's internals to build its data; the module's main code goes through {@link Cases}).
 */
public final class ReferralFixture {

	public final UUID police;

	public final UUID otherPolice;

	public final UUID prosecution;

	public final UUID court;

	public final UUID social;

	public final UUID shelter;

	private final JdbcTemplate jdbc;

	private final Casework casework;

	public ReferralFixture(Agencies agencies, JdbcTemplate jdbc, Casework casework) {
		this.jdbc = jdbc;
		this.casework = casework;
		this.police = agency(agencies, "Demo National Police");
		this.otherPolice = agency(agencies, "Demo Mueang Chiang Rai Police");
		this.prosecution = agency(agencies, "Demo Office of the Attorney General");
		this.court = agency(agencies, "Demo Chiang Rai Provincial Court");
		this.social = agency(agencies, "Demo Chiang Rai Provincial Office of Social Development");
		this.shelter = agency(agencies, "Demo Rainbow House");
	}

	private static UUID agency(Agencies agencies, String prefix) {
		return agencies.all().stream().filter(a -> a.nameEn().startsWith(prefix)).map(AgencyView::id).findFirst().orElseThrow();
	}

	public UUID userId(String username) {
		return jdbc.queryForObject("select id from account_user where username = ?", UUID.class, username);
	}

	public static Permission[] permissions(Role role) {
		return role.permissions().toArray(Permission[]::new);
	}

	/** The demo account as a MockMvc actor, with its role's permissions. */
	public RequestPostProcessor mvc(String username, UUID agencyId, Role role) {
		return english(TestActors.staff(userId(username), agencyId, permissions(role)));
	}

	/** The actor, reading the pages in English. */
	public static RequestPostProcessor english(RequestPostProcessor actor) {
		return request -> {
			request.addHeader("Accept-Language", "en");
			return actor.postProcessRequest(request);
		};
	}

	/** Runs work as a staff member of an agency holding the given permissions (outside MockMvc). */
	public static <T> T as(UUID userId, UUID agencyId, Supplier<T> work, Permission... permissions) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(Authorities.SIGNED_IN));
		Arrays.stream(permissions).map(p -> new SimpleGrantedAuthority(p.authority())).forEach(authorities::add);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				new TestActor(userId, "test-actor", agencyId), null, authorities));
		var previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** A case owned by the national police unit (province Chiang Rai) with one child; returns the case and child ids. */
	public UUID[] policeCase() {
		return as(userId("investigator"), police, () -> {
			var kase = casework.open(new CaseDraft("Synthetic referral test case", null, CasePriority.HIGH, "TH-57"));
			// The child row is written directly: casework's addChild is still being finished on its own branch,
			// and these tests need only a child the Cases facade lists (code and age band).
			UUID child = UUID.randomUUID();
			java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
			jdbc.update("insert into casework_child (id, case_id, code, age_band, sex, province_code, created_at, updated_at, version) "
					+ "values (?, ?, ?, 'AGE_13_15', 'FEMALE', 'TH-57', ?, ?, 0)", child, kase.id(),
					"C-T" + child.toString().substring(0, 8).toUpperCase(), now, now);
			return new UUID[] { kase.id(), child };
		}, permissions(Role.INVESTIGATOR));
	}

	public List<CaseSummary> policeCases(Cases cases, int n) {
		List<CaseSummary> made = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			UUID id = policeCase()[0];
			made.add(cases.find(id).orElseThrow());
		}
		return made;
	}

}
