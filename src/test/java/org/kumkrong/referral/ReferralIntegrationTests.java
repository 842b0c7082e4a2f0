package org.kumkrong.referral;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.account.Role;
import org.kumkrong.casework.Cases;
import org.kumkrong.casework.internal.Casework;
import org.kumkrong.directory.Agencies;
import org.kumkrong.platform.MutableClock;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.TestActors;
import org.kumkrong.referral.internal.ReferralDesk;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Referrals end to end through the pages: consent or override, who may do what, what each state change
 * leaves in the audit trail and on the case's timeline, case access only on acceptance, 404 for everyone
 * else, and overdue detection with the test clock.
 */
@KumkrongIntegrationTest
class ReferralIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	Agencies agencies;

	@Autowired
	Casework casework;

	@Autowired
	Cases cases;

	@Autowired
	ReferralDesk desk;

	ReferralFixture fx;

	RequestPostProcessor investigator;

	RequestPostProcessor prosecutor;

	RequestPostProcessor outsider;

	@BeforeEach
	void setUp() {
		fx = new ReferralFixture(agencies, jdbc, casework);
		investigator = fx.mvc("investigator", fx.police, Role.INVESTIGATOR);
		prosecutor = fx.mvc("prosecutor", fx.prosecution, Role.PROSECUTOR);
		outsider = fx.mvc("investigator2", fx.otherPolice, Role.INVESTIGATOR);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	String today() {
		return LocalDate.now(clock.withZone(ZoneId.of("Asia/Bangkok"))).toString();
	}

	MockHttpServletRequestBuilder referral(UUID caseId, String purpose, UUID to, String... more) {
		var request = post("/referrals").with(csrf()).param("caseId", caseId.toString()).param("purpose", purpose)
			.param("toAgencyId", to.toString()).param("message", "Synthetic message to keep");
		for (int i = 0; i + 1 < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		return request;
	}

	String[] consent() {
		return new String[] { "consentBasis", "CONSENT", "consentGivenBy", "GUARDIAN", "consentGivenOn", today(),
				"childViewsHeard", "yes", "childViewsSummary", "Wants help" };
	}

	UUID refer(UUID caseId, String purpose, UUID to) throws Exception {
		MvcResult result = mvc.perform(referral(caseId, purpose, to, consent()).with(investigator)).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
		return UUID.fromString(result.getResponse().getRedirectedUrl().substring("/referrals/".length()));
	}

	List<String> audited(String action, UUID referralId) {
		return jdbc.queryForList("select outcome from audit_entry where action = ? and record_type = 'referral' and record_id = ?",
				String.class, action, referralId.toString());
	}

	String state(UUID id) {
		return jdbc.queryForObject("select state from referral where id = ?", String.class, id);
	}

	long version(UUID id) {
		return jdbc.queryForObject("select version from referral where id = ?", Long.class, id);
	}

	long referralsOf(UUID caseId) {
		return jdbc.queryForObject("select count(*) from referral where case_id = ?", Long.class, caseId);
	}

	String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	@Test
	void refusesAReferralWithoutConsentOrOverrideNamingTheFieldAndKeepingTheInput() throws Exception {
		UUID caseId = fx.policeCase()[0];

		MvcResult refused = mvc.perform(referral(caseId, "PROSECUTION", fx.prosecution).with(investigator)).andReturn();

		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(refused.getResponse().getContentAsString())
			.contains("Basis for the referral: Say whether consent was given", "href=\"#consentBasis\"",
					"Synthetic message to keep", "value=\"" + fx.prosecution + "\" selected");
		assertThat(referralsOf(caseId)).isZero();

		String noGiver = page(referral(caseId, "PROSECUTION", fx.prosecution, "consentBasis", "CONSENT").with(investigator));
		assertThat(noGiver).contains("Consent given by: Say who gave consent.", "href=\"#consentGivenBy\"");
		String noViews = page(referral(caseId, "PROSECUTION", fx.prosecution, "consentBasis", "CONSENT", "consentGivenBy",
				"CHILD", "consentGivenOn", today()).with(investigator));
		assertThat(noViews).contains("Say whether the child");
		assertThat(referralsOf(caseId)).isZero();
	}

	@Test
	void refusesAnOverrideByARoleWithoutTheOverridePermissionAndAuditsTheAttempt() throws Exception {
		UUID caseId = fx.policeCase()[0];
		UUID userId = fx.userId("investigator");
		RequestPostProcessor withoutOverride = ReferralFixture.english(TestActors.staff(userId, fx.police, Permission.CASE_VIEW,
				Permission.REFERRAL_MANAGE));
		long deniedBefore = jdbc.queryForObject("select count(*) from audit_entry where action = 'referral.consent.overridden' "
				+ "and outcome = 'DENIED' and actor_id = ?", Long.class, userId);

		String refused = page(referral(caseId, "SHELTER", fx.shelter, "consentBasis", "OVERRIDE", "overrideReason",
				"Child in danger tonight").with(withoutOverride));

		assertThat(refused).contains("Your role may not refer without consent", "Child in danger tonight");
		assertThat(referralsOf(caseId)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'referral.consent.overridden' "
				+ "and outcome = 'DENIED' and actor_id = ?", Long.class, userId)).isEqualTo(deniedBefore + 1);
	}

	@Test
	void anOverrideByAPermittedRoleIsAuditedAsItsOwnEntry() throws Exception {
		UUID caseId = fx.policeCase()[0];
		MvcResult made = mvc.perform(referral(caseId, "SHELTER", fx.shelter, "consentBasis", "OVERRIDE", "overrideReason",
				"Child in danger tonight").with(investigator)).andReturn();
		UUID id = UUID.fromString(made.getResponse().getRedirectedUrl().substring("/referrals/".length()));

		assertThat(audited("referral.requested", id)).containsExactly("SUCCESS");
		assertThat(audited("referral.consent.overridden", id)).containsExactly("SUCCESS");
		assertThat(audited("referral.consent.recorded", id)).isEmpty();
		assertThat(page(get("/referrals/" + id).with(investigator))).contains("Referred without consent, by override.",
				"Child in danger tonight");
	}

	@Test
	void theReceiverSeesOnlyWhatItNeedsGainsTheCaseOnlyOnAcceptAndEveryStepIsAudited() throws Exception {
		UUID[] made = fx.policeCase();
		UUID caseId = made[0];
		String reference = cases.find(caseId).orElseThrow().reference();
		String childCode = cases.children(caseId).get(0).code();
		MvcResult sent = mvc.perform(referral(caseId, "PROSECUTION", fx.prosecution, consent())
			.param("childIds", made[1].toString()).with(investigator)).andReturn();
		UUID id = UUID.fromString(sent.getResponse().getRedirectedUrl().substring("/referrals/".length()));
		assertThat(audited("referral.requested", id)).containsExactly("SUCCESS");
		assertThat(audited("referral.consent.recorded", id)).containsExactly("SUCCESS");
		assertThat(state(id)).isEqualTo("REQUESTED");

		UUID prosecutorId = fx.userId("prosecutor");
		assertThat(asProsecutor(() -> cases.visible(caseId).isPresent())).as("before accepting").isFalse();
		String before = page(get("/referrals/" + id).with(prosecutor));
		assertThat(before).contains(reference, childCode, "13–15 years", "Synthetic message to keep", "A guardian", "Wants help",
				"Accept the referral").doesNotContain("href=\"/cases/" + caseId + "\"").doesNotContain("Withdraw the referral");
		assertThat(audited("referral.viewed", id)).contains("SUCCESS");

		// A third agency: the referral and its case do not exist for it.
		assertThat(mvc.perform(get("/referrals/" + id).with(outsider)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(post("/referrals/" + id + "/accept").with(csrf()).param("version", String.valueOf(version(id)))
			.with(outsider)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/referrals/new").param("case", caseId.toString()).with(outsider)).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(ReferralFixture.as(fx.userId("investigator2"), fx.otherPolice, () -> cases.visible(caseId).isPresent(),
				ReferralFixture.permissions(Role.INVESTIGATOR))).isFalse();

		// The receiver may not withdraw; the sender may not answer.
		String withdrawByReceiver = page(post("/referrals/" + id + "/withdraw").with(csrf()).param("version", String.valueOf(version(id)))
			.param("reason", "SENT_IN_ERROR").with(prosecutor));
		assertThat(withdrawByReceiver).contains("Only the agency that made the referral can withdraw it.");
		assertThat(state(id)).isEqualTo("REQUESTED");
		assertThat(audited("referral.withdrawn", id)).containsExactly("DENIED");
		String acceptBySender = page(post("/referrals/" + id + "/accept").with(csrf()).param("version", String.valueOf(version(id)))
			.with(investigator));
		assertThat(acceptBySender).contains("Only the agency the case was referred to can answer the referral.");
		assertThat(state(id)).isEqualTo("REQUESTED");

		MvcResult accepted = mvc.perform(post("/referrals/" + id + "/accept").with(csrf())
			.param("version", String.valueOf(version(id))).with(prosecutor)).andReturn();
		assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/referrals/" + id);
		assertThat(state(id)).isEqualTo("ACCEPTED");
		assertThat(audited("referral.accepted", id)).as("the sender's attempt, then the receiver's acceptance")
			.containsExactlyInAnyOrder("DENIED", "SUCCESS");
		assertThat(asProsecutor(() -> cases.visible(caseId).isPresent())).as("after accepting").isTrue();
		assertThat(jdbc.queryForObject("select access from casework_team where case_id = ? and agency_id = ?", String.class,
				caseId, fx.prosecution)).isEqualTo("REFERRED");
		assertThat(page(get("/referrals/" + id).with(prosecutor))).contains("href=\"/cases/" + caseId + "\"", "Complete the referral");

		String noOutcome = page(post("/referrals/" + id + "/complete").with(csrf()).param("version", String.valueOf(version(id)))
			.param("note", "Keep this note").with(prosecutor));
		assertThat(noOutcome).contains("Choose the outcome.", "Keep this note");
		mvc.perform(post("/referrals/" + id + "/complete").with(csrf()).param("version", String.valueOf(version(id)))
			.param("outcome", "SERVICE_PROVIDED").with(prosecutor));
		assertThat(state(id)).isEqualTo("COMPLETED");
		assertThat(audited("referral.completed", id)).containsExactly("SUCCESS");
		assertThat(prosecutorId).isNotNull();

		assertThat(jdbc.queryForList("select message_key from casework_timeline where case_id = ? and message_key like 'referral.%' "
				+ "order by at", String.class, caseId))
			.containsExactly("referral.timeline.requested", "referral.timeline.accepted", "referral.timeline.completed");
		assertThat(jdbc.queryForList("select arguments from casework_timeline where case_id = ? and message_key = "
				+ "'referral.timeline.requested'", String.class, caseId).get(0)).contains("PROSECUTION", fx.prosecution.toString());
		assertThat(jdbc.queryForList("select state from referral_status_change where referral_id = ? order by at", String.class, id))
			.containsExactly("REQUESTED", "ACCEPTED", "COMPLETED");
	}

	<T> T asProsecutor(java.util.function.Supplier<T> work) {
		return ReferralFixture.as(fx.userId("prosecutor"), fx.prosecution, work, ReferralFixture.permissions(Role.PROSECUTOR));
	}

	@Test
	void declineNeedsAReasonAndWithdrawingIsTheSendersAndBothAreAudited() throws Exception {
		UUID caseId = fx.policeCase()[0];
		UUID declined = refer(caseId, "PROSECUTION", fx.prosecution);
		assertThat(page(post("/referrals/" + declined + "/decline").with(csrf()).param("version", String.valueOf(version(declined)))
			.with(prosecutor))).contains("Choose the reason for declining.");
		mvc.perform(post("/referrals/" + declined + "/decline").with(csrf()).param("version", String.valueOf(version(declined)))
			.param("reason", "OUTSIDE_MANDATE").with(prosecutor));
		assertThat(state(declined)).isEqualTo("DECLINED");
		assertThat(audited("referral.declined", declined)).containsExactly("SUCCESS");
		assertThat(asProsecutor(() -> cases.visible(caseId).isPresent())).isFalse();

		UUID withdrawn = refer(caseId, "VICTIM_SUPPORT", fx.social);
		mvc.perform(post("/referrals/" + withdrawn + "/withdraw").with(csrf()).param("version", String.valueOf(version(withdrawn)))
			.param("reason", "REFERRED_ELSEWHERE").with(investigator));
		assertThat(state(withdrawn)).isEqualTo("WITHDRAWN");
		assertThat(audited("referral.withdrawn", withdrawn)).containsExactly("SUCCESS");
		assertThat(page(post("/referrals/" + withdrawn + "/withdraw").with(csrf()).param("version", String.valueOf(version(withdrawn)))
			.param("reason", "REFERRED_ELSEWHERE").with(investigator))).contains("no longer in a state that allows this");
	}

	@Test
	void theFormSuggestsAgenciesByPurposeWithTheCasesProvinceFirstWithoutJavaScript() throws Exception {
		UUID caseId = fx.policeCase()[0];
		String first = page(get("/referrals/new").param("case", caseId.toString()).with(investigator));
		assertThat(first).contains("name=\"purpose\"").doesNotContain("Send the referral");

		String shelter = page(get("/referrals/new").param("case", caseId.toString()).param("purpose", "SHELTER").with(investigator));
		String suggested = shelter.substring(shelter.indexOf("Suggested for this purpose"), shelter.indexOf("Other agencies"));
		assertThat(suggested).contains(fx.social.toString(), fx.shelter.toString()).doesNotContain(fx.prosecution.toString());
		assertThat(suggested.indexOf(fx.social.toString())).as("social services before NGOs").isLessThan(suggested.indexOf(fx.shelter.toString()));
		assertThat(shelter.substring(shelter.indexOf("Other agencies"))).contains(fx.prosecution.toString())
			.doesNotContain("value=\"" + fx.police + "\"");
		assertThat(shelter).contains("Send the referral", "Refer without consent (override)");

		String social = page(get("/referrals/new").param("case", caseId.toString()).param("purpose", "SHELTER")
			.with(fx.mvc("socialworker", fx.social, Role.SOCIAL_WORKER)));
		assertThat(social).as("a case the social worker's agency cannot see").doesNotContain("Send the referral");
	}

	@Test
	void listsShowIncomingAndOutgoingWithOverdueFirstAndTheDailyCheckFlagsEachOnce() throws Exception {
		UUID caseId = fx.policeCase()[0];
		UUID late = refer(caseId, "SHELTER", fx.shelter);
		clock.advance(Duration.ofHours(2));
		UUID fresh = refer(caseId, "TRIAL", fx.court);

		assertThat(desk.flagOverdue()).as("nothing is late yet").isNotNegative();
		assertThat(audited("referral.overdue", late)).isEmpty();
		clock.advance(Duration.ofHours(23));

		int flagged = desk.flagOverdue();
		assertThat(flagged).isPositive();
		assertThat(audited("referral.overdue", late)).containsExactly("SUCCESS");
		assertThat(audited("referral.overdue", fresh)).isEmpty();
		desk.flagOverdue();
		assertThat(audited("referral.overdue", late)).as("once per referral").containsExactly("SUCCESS");
		assertThat(jdbc.queryForList("select message_key from casework_timeline where case_id = ? and message_key = "
				+ "'referral.timeline.overdue'", String.class, caseId)).hasSize(1);

		String list = page(get("/referrals").with(investigator));
		String outgoing = list.substring(list.indexOf("Referred by your agency"));
		assertThat(outgoing).contains("Overdue");
		assertThat(outgoing.indexOf("/referrals/" + late)).as("overdue first").isLessThan(outgoing.indexOf("/referrals/" + fresh));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'referral.list.viewed' and actor_id = ?",
				Long.class, fx.userId("investigator"))).isPositive();
		String requestedOnly = page(get("/referrals").param("state", "ACCEPTED").with(investigator));
		assertThat(requestedOnly).doesNotContain("/referrals/" + late);

		String courtList = page(get("/referrals").with(fx.mvc("judge", fx.court, Role.JUDGE)));
		assertThat(courtList.substring(courtList.indexOf("Referred to your agency"))).contains("/referrals/" + fresh)
			.doesNotContain("/referrals/" + late);
	}

	@Autowired
	List<org.kumkrong.casework.CaseSection> sections;

	@Autowired
	org.thymeleaf.spring6.SpringTemplateEngine templates;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void theCaseSectionListsTheCasesReferralsAndOffersReferToThoseWhoMay() throws Exception {
		UUID caseId = fx.policeCase()[0];
		UUID id = refer(caseId, "VICTIM_SUPPORT", fx.social);
		var section = sections.stream().filter(s -> s.fragment().equals("referral/case :: section")).findFirst().orElseThrow();
		var kase = cases.find(caseId).orElseThrow();

		String asInvestigator = ReferralFixture.as(fx.userId("investigator"), fx.police,
				() -> render(section.model(kase, new TestActors.TestActor(fx.userId("investigator"), "i", fx.police), java.util.Locale.ENGLISH)),
				ReferralFixture.permissions(Role.INVESTIGATOR));
		assertThat(asInvestigator).contains("Victim support", "Waiting for an answer", "href=\"/referrals/" + id + "\"",
				"href=\"/referrals/new?case=" + caseId + "\"", "Refer this case");

		String asAnalyst = ReferralFixture.as(UUID.randomUUID(), fx.police,
				() -> render(section.model(kase, new TestActors.TestActor(UUID.randomUUID(), "a", fx.police), java.util.Locale.ENGLISH)),
				Permission.CASE_VIEW);
		assertThat(asAnalyst).contains("Victim support").doesNotContain("Refer this case");
	}

	String render(java.util.Map<String, Object> model) {
		var request = new org.springframework.mock.web.MockHttpServletRequest();
		var web = org.thymeleaf.web.servlet.JakartaServletWebApplication.buildApplication(request.getServletContext());
		var ctx = new org.thymeleaf.context.WebContext(web.buildExchange(request, new org.springframework.mock.web.MockHttpServletResponse()),
				java.util.Locale.ENGLISH);
		ctx.setVariable(org.thymeleaf.spring6.expression.ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new org.thymeleaf.spring6.expression.ThymeleafEvaluationContext(context, null));
		ctx.setVariable("section", model);
		return templates.process("referral/case", java.util.Set.of("section"), ctx);
	}

}
