package org.kumkrong.account;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.account.internal.UserAdministration;
import org.kumkrong.directory.Agencies;
import org.kumkrong.platform.MutableClock;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.TestActors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@KumkrongIntegrationTest
class AccountAdministrationIntegrationTests {

	static final String PASSWORD = "another long test passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration administration;

	@Autowired
	Agencies agencies;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	UUID agency() {
		return agencies.create("Admin test agency", "หน่วยงานทดสอบผู้ดูแล", "POLICE", "TH-57", null);
	}

	List<String> auditActions(Object recordId) {
		return jdbc.queryForList("select action from audit_entry where record_id = ? order by seq", String.class,
				recordId.toString());
	}

	/** A real, signed-in administrator (needed for the step-up code on role changes). */
	record SignedIn(StaffSession browser, UUID id, UUID agencyId, String secret) {
	}

	SignedIn signedIn(Role role) throws Exception {
		UUID agency = agency();
		String username = "adm" + UUID.randomUUID().toString().substring(0, 10);
		String secret = TotpCodes.newSecret();
		UUID id = administration.createActivated(username, "Admin Tester", agency, EnumSet.of(role), PASSWORD, secret);
		StaffSession browser = new StaffSession(mvc);
		browser.post("/login", "username", username, "password", PASSWORD);
		assertThat(browser.post("/login/code", "code", TotpCodes.at(secret, clock.instant())).getResponse()
			.getRedirectedUrl()).isEqualTo("/home");
		return new SignedIn(browser, id, agency, secret);
	}

	@Test
	void anAdministratorCreatesAnAccountWithRolesOnlyAfterReenteringTheirCode() throws Exception {
		SignedIn admin = signedIn(Role.ADMIN);
		UUID target = agency();
		String username = "created-" + UUID.randomUUID().toString().substring(0, 8);

		MvcResult withoutCode = admin.browser().post("/admin/users", "username", username, "displayName", "Somsri Test",
				"agencyId", target.toString(), "roles", "INVESTIGATOR");
		assertThat(withoutCode.getResponse().getStatus()).isEqualTo(200);
		assertThat(withoutCode.getResponse().getContentAsString()).contains("error-summary", "href=\"#stepUpCode\"");
		assertThat(administration.findByUsername(username)).isEmpty();

		clock.advance(java.time.Duration.ofSeconds(30));
		try {
			MvcResult created = admin.browser().post("/admin/users", "username", username, "displayName", "Somsri Test",
					"agencyId", target.toString(), "roles", "INVESTIGATOR", "stepUpCode",
					TotpCodes.at(admin.secret(), clock.instant()));
			assertThat(created.getResponse().getRedirectedUrl()).startsWith("/admin/users/");
			UserView user = administration.findByUsername(username).orElseThrow();
			assertThat(user.roles()).containsExactly(Role.INVESTIGATOR);
			assertThat(user.agencyId()).isEqualTo(target);
			assertThat(created.getFlashMap().get("signInLink").toString()).contains("/activate/");
			assertThat(auditActions(user.id())).contains("account.user.created", "account.user.rolesChanged",
					"account.user.activationIssued");
			assertThat(auditActions(admin.id())).contains("account.stepUp.roleChange");

			assertThat(admin.browser().get("/admin/users/" + user.id()).getResponse().getContentAsString())
				.contains(username);
			assertThat(auditActions(user.id())).contains("account.user.viewed");

			admin.browser().post("/admin/users/" + user.id() + "/disable");
			assertThat(administration.findByUsername(username).orElseThrow().active()).isFalse();
			assertThat(auditActions(user.id())).contains("account.user.disabled");
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void invalidInputIsAnsweredWithFieldErrorsNotAServerError() throws Exception {
		SignedIn admin = signedIn(Role.ADMIN);
		String[][] cases = { { "username", "x", "displayName", "Name" }, { "username", "valid-name-1", "displayName", "" },
				{ "username", "valid-name-2", "displayName", "n".repeat(10_000) },
				{ "username", "valid-name-3", "displayName", "Name", "email", "not-an-address" },
				{ "username", "valid-name-4", "displayName", "Name", "agencyId", "not-a-uuid" },
				{ "username", "valid-name-5", "displayName", "Name", "agencyId", UUID.randomUUID().toString() },
				{ "username", "valid-name-6", "displayName", "Name", "roles", "EMPEROR" } };
		for (String[] params : cases) {
			MvcResult result = admin.browser().post("/admin/users", params);
			assertThat(result.getResponse().getStatus()).as(String.join(",", params)).isEqualTo(200);
			assertThat(result.getResponse().getContentAsString()).as(String.join(",", params)).contains("error-summary");
		}
	}

	@Test
	void anAgencyAdministratorManagesOnlyTheirOwnAgencyAndCannotGrantSystemRoles() throws Exception {
		UUID own = agency();
		UUID other = agency();
		UUID actor = UUID.randomUUID();
		SecurityContextHolder.getContext().setAuthentication(null);
		UUID colleague = administration.createActivated("colleague-" + UUID.randomUUID().toString().substring(0, 8),
				"Colleague", own, EnumSet.of(Role.INVESTIGATOR), PASSWORD, TotpCodes.newSecret());
		UUID stranger = administration.createActivated("stranger-" + UUID.randomUUID().toString().substring(0, 8),
				"Stranger", other, EnumSet.of(Role.INVESTIGATOR), PASSWORD, TotpCodes.newSecret());
		var agencyAdmin = TestActors.staff(actor, own, Permission.USER_MANAGE_OWN_AGENCY);

		String list = mvc.perform(get("/admin/users").with(agencyAdmin)).andReturn().getResponse().getContentAsString();
		assertThat(list).contains(colleague.toString()).doesNotContain(stranger.toString());
		assertThat(mvc.perform(get("/admin/users/" + colleague).with(agencyAdmin)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(mvc.perform(get("/admin/users/" + stranger).with(agencyAdmin)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(post("/admin/users/" + stranger + "/disable").with(agencyAdmin).with(csrf())).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(administration.findByUsername(
				jdbc.queryForObject("select username from account_user where id = ?", String.class, stranger))
			.orElseThrow().active()).isTrue();
		assertThat(mvc.perform(get("/admin/users/new").with(agencyAdmin)).andReturn().getResponse().getContentAsString())
			.doesNotContain("value=\"ADMIN\"").doesNotContain("value=\"AUDITOR\"");
	}

	@Test
	void staffWithoutAccountPermissionsAreRefused() throws Exception {
		var investigator = TestActors.staff();
		for (String path : List.of("/admin/users", "/admin/users/new", "/admin/api-keys", "/admin/users/" + UUID.randomUUID())) {
			assertThat(mvc.perform(get(path).with(investigator)).andReturn().getResponse().getStatus()).as(path).isEqualTo(403);
		}
		assertThat(mvc.perform(post("/admin/api-keys").with(investigator).with(csrf()).param("label", "x")).andReturn()
			.getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/admin/users")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login");
	}

	@Test
	void aPartnerKeyIsShownOnceStoredAsSha256AndOpensOnlyPartnerEndpointsUntilRevoked() throws Exception {
		UUID agency = agency();
		var admin = TestActors.staff(UUID.randomUUID(), agency, Permission.API_KEY_MANAGE);
		MvcResult issued = mvc.perform(post("/admin/api-keys").with(admin).with(csrf()).param("agencyId", agency.toString())
			.param("label", "Test platform")).andReturn();
		String key = (String) issued.getFlashMap().get("issuedKey");
		assertThat(key).startsWith("kk_").hasSizeGreaterThanOrEqualTo(3 + 43);
		assertThat(mvc.perform(get("/admin/api-keys").with(admin)).andReturn().getResponse().getContentAsString())
			.doesNotContain(key);
		String hash = jdbc.queryForObject("select key_hash from account_api_key where key_prefix = ? and label = ?",
				String.class, key.substring(0, 10), "Test platform");
		assertThat(hash).matches("[0-9a-f]{64}").isNotEqualTo(key);
		UUID keyId = jdbc.queryForObject("select id from account_api_key where key_hash = ?", UUID.class, hash);
		assertThat(auditActions(keyId)).contains("account.apiKey.issued");

		// Partner endpoint: the key passes authentication (no endpoint there yet, so 404, not 401/403).
		assertThat(status(get("/api/v1/reports/RP-2026-0000001").header("Authorization", "Bearer " + key))).isEqualTo(404);
		// Staff endpoint refuses the partner key; partner endpoint refuses a staff session.
		assertThat(status(get("/api/v1/audit/verify").header("Authorization", "Bearer " + key))).isEqualTo(403);
		assertThat(status(get("/api/v1/reports/RP-2026-0000001").with(TestActors.staff(Permission.values())))).isEqualTo(403);
		assertThat(status(get("/api/v1/reports/RP-2026-0000001").header("Authorization", "Bearer kk_unknown"))).isEqualTo(401);

		mvc.perform(post("/admin/api-keys/" + keyId + "/revoke").with(admin).with(csrf()));
		assertThat(status(get("/api/v1/reports/RP-2026-0000001").header("Authorization", "Bearer " + key))).isEqualTo(401);
		assertThat(auditActions(keyId)).contains("account.apiKey.revoked");
	}

	int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	@Test
	void selfServicePasswordChangeChecksTheCurrentPasswordAndTheRules() throws Exception {
		SignedIn user = signedIn(Role.INVESTIGATOR);
		MvcResult wrong = user.browser().post("/account/password", "current", "not it", "password", "a brand new passphrase",
				"confirmation", "a brand new passphrase");
		assertThat(wrong.getResponse().getContentAsString()).contains("has-error");
		MvcResult weak = user.browser().post("/account/password", "current", PASSWORD, "password", "1qaz2wsx3edc",
				"confirmation", "1qaz2wsx3edc");
		assertThat(weak.getResponse().getStatus()).isEqualTo(200);
		MvcResult ok = user.browser().post("/account/password", "current", PASSWORD, "password", "a brand new passphrase",
				"confirmation", "a brand new passphrase");
		assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/account/password");
		assertThat(auditActions(user.id())).contains("account.user.passwordChangeFailed", "account.user.passwordChanged");
	}

	static String group(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? matcher.group(1) : null;
	}

}
