package org.kumkrong.account;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.account.internal.DemoSignIn;
import org.kumkrong.account.internal.UserAdministration;
import org.kumkrong.directory.Agencies;
import org.kumkrong.platform.MutableClock;
import org.kumkrong.platform.NotFoundException;
import org.kumkrong.platform.RuleViolationException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@KumkrongIntegrationTest
class StaffDirectoryIntegrationTests {

	static final String PASSWORD = "a long staff directory passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffDirectory staff;

	@Autowired
	UserAdministration administration;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	UUID idOf(String username) {
		return jdbc.queryForObject("select id from account_user where username = ?", UUID.class, username);
	}

	UUID account(UUID agency, Role role) {
		return administration.createActivated("duty-" + UUID.randomUUID().toString().substring(0, 8), "Duty Tester",
				agency, EnumSet.of(role), PASSWORD, TotpCodes.newSecret());
	}

	List<String> auditActions(UUID recordId) {
		return jdbc.queryForList("select action from audit_entry where record_type = 'account_user' and record_id = ? "
				+ "order by seq", String.class, recordId.toString());
	}

	@Test
	void listsTheActiveStaffOfAnAgencyWithTheGivenRolesAndWhetherTheyAreOnDuty() {
		UUID agency = agencies.create("Duty test agency", "หน่วยงานทดสอบเวร", "POLICE", "TH-57", null);
		UUID analyst = account(agency, Role.HOTLINE_ANALYST);
		UUID investigator = account(agency, Role.INVESTIGATOR);
		UUID judge = account(agency, Role.JUDGE);
		UUID leaver = account(agency, Role.INVESTIGATOR);
		staff.setOnDuty(investigator, true);
		staff.setOnDuty(leaver, true);
		jdbc.update("update account_user set active = false where id = ?", leaver);

		assertThat(staff.activeStaff(agency, EnumSet.of(Role.HOTLINE_ANALYST, Role.INVESTIGATOR)))
			.extracting(StaffContact::userId, StaffContact::onDuty)
			.containsExactlyInAnyOrder(tuple(analyst, false), tuple(investigator, true));
		assertThat(staff.activeStaff(agency, EnumSet.of(Role.JUDGE))).extracting(StaffContact::userId).containsExactly(judge);
		assertThat(staff.activeStaff(agency, EnumSet.noneOf(Role.class))).isEmpty();
		assertThat(staff.onDuty(investigator)).isTrue();
		assertThat(staff.onDuty(analyst)).isFalse();
		assertThat(staff.onDuty(leaver)).as("a disabled account is never on duty").isFalse();
		assertThat(staff.onDuty(UUID.randomUUID())).isFalse();
		assertThat(staff.activeStaff(agency, EnumSet.of(Role.INVESTIGATOR)).get(0).toString())
			.doesNotContain("Duty Tester");
	}

	@Test
	void theDemoAnalystAndInvestigatorOfTheIntakeDesksStartOnDuty() {
		assertThat(staff.onDuty(idOf("analyst"))).isTrue();
		assertThat(staff.onDuty(idOf("investigator"))).isTrue();
		assertThat(staff.onDuty(idOf("investigator2"))).isFalse();
		assertThat(staff.onDuty(idOf("judge"))).isFalse();
	}

	@Test
	void onlyActiveAccountsWithARoleThatTakesDutyCanGoOnDuty() {
		UUID agency = agencies.create("Duty rule agency", "หน่วยงานทดสอบกติกาเวร", "COURT", "TH-57", null);
		UUID judge = account(agency, Role.JUDGE);
		assertThatThrownBy(() -> staff.setOnDuty(judge, true)).isInstanceOf(RuleViolationException.class)
			.extracting("messageKey").isEqualTo("account.duty.error.role");
		assertThatThrownBy(() -> staff.setOnDuty(UUID.randomUUID(), true)).isInstanceOf(NotFoundException.class);
		assertThat(staff.onDuty(judge)).isFalse();
		assertThat(auditActions(judge)).doesNotContain("account.user.onDutyChanged");
	}

	@Test
	void aStaffMemberSwitchesTheirOwnDutyOnTheHomePageAndEachChangeIsAudited() throws Exception {
		UUID investigator2 = idOf("investigator2");
		StaffSession browser = DemoSignIn.as("investigator2", mvc, jdbc, clock);
		try {
			String home = browser.get("/home").getResponse().getContentAsString();
			assertThat(home).contains("action=\"/account/duty\"").contains("name=\"onDuty\" value=\"true\"");

			MvcResult on = browser.post("/account/duty", "onDuty", "true");
			assertThat(on.getResponse().getRedirectedUrl()).isEqualTo("/home");
			assertThat(staff.onDuty(investigator2)).isTrue();
			assertThat(browser.get("/home").getResponse().getContentAsString())
				.contains("name=\"onDuty\" value=\"false\"").contains("role=\"status\"");
			browser.post("/account/duty", "onDuty", "true");

			browser.post("/account/duty", "onDuty", "false");
			assertThat(staff.onDuty(investigator2)).isFalse();
			assertThat(auditActions(investigator2)).filteredOn("account.user.onDutyChanged"::equals)
				.as("one entry per change; setting the same status again records nothing").hasSize(2);
			assertThat(jdbc.queryForList("select actor_id from audit_entry where action = 'account.user.onDutyChanged' "
					+ "and record_id = ?", UUID.class, investigator2.toString())).containsOnly(investigator2);
			assertThat(jdbc.queryForList("select on_duty from account_user_aud where id = ? order by rev", Boolean.class,
					investigator2)).containsSubsequence(true, false);
		}
		finally {
			staff.setOnDuty(investigator2, false);
		}
	}

	@Test
	void staffWhoseRoleTakesNoDutySeeNoSwitchAndCannotUseOne() throws Exception {
		StaffSession judge = DemoSignIn.as("judge", mvc, jdbc, clock);
		assertThat(judge.get("/home").getResponse().getContentAsString()).doesNotContain("/account/duty");
		assertThat(judge.post("/account/duty", "onDuty", "true").getResponse().getStatus()).isEqualTo(422);
		assertThat(staff.onDuty(idOf("judge"))).isFalse();
		assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/account/duty")
			.param("onDuty", "true")).andReturn().getResponse().getStatus()).as("without a session or CSRF token")
			.isIn(302, 403);
	}

}
