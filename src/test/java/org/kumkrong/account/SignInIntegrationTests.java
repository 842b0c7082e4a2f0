package org.kumkrong.account;

import java.time.Duration;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

@KumkrongIntegrationTest
class SignInIntegrationTests {

	static final String PASSWORD = "a long enough test passphrase";

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
	void resetClock() {
		clock.reset();
		SecurityContextHolder.clearContext();
	}

	record TestUser(UUID id, String username, String secret, UUID agencyId) {
	}

	TestUser newUser(Role... roles) {
		UUID agency = agencies.create("Test agency", "หน่วยงานทดสอบ", "POLICE", "TH-10", null);
		String username = "u" + UUID.randomUUID().toString().substring(0, 12);
		String secret = TotpCodes.newSecret();
		UUID id = administration.createActivated(username, "Test User", agency,
				roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles), PASSWORD, secret);
		return new TestUser(id, username, secret, agency);
	}

	String code(TestUser user) {
		return TotpCodes.at(user.secret(), clock.instant());
	}

	static String redirect(MvcResult result) {
		return result.getResponse().getRedirectedUrl();
	}

	List<String> auditActions(UUID userId) {
		return jdbc.queryForList("select action from audit_entry where record_id = ? order by seq", String.class,
				userId.toString());
	}

	@Test
	void signsInWithPasswordThenAuthenticatorCodeAndLandsOnHome() throws Exception {
		TestUser user = newUser(Role.ADMIN);
		StaffSession browser = new StaffSession(mvc);
		MvcResult password = browser.post("/login", "username", user.username(), "password", PASSWORD);
		assertThat(redirect(password)).isEqualTo("/login/code");
		String sessionAfterPassword = browser.sessionCookie();
		assertThat(browser.get("/home").getResponse().getRedirectedUrl()).isEqualTo("/login/code");

		MvcResult code = browser.post("/login/code", "code", code(user));
		assertThat(redirect(code)).isEqualTo("/home");
		assertThat(browser.sessionCookie()).isNotEqualTo(sessionAfterPassword);
		assertThat(browser.get("/home").getResponse().getContentAsString()).contains(user.username());
		assertThat(auditActions(user.id())).contains("account.signIn.passwordAccepted", "account.signIn.success");
	}

	@Test
	void theSessionCookieIsHttpOnlySecureAndSameSite() throws Exception {
		TestUser user = newUser();
		StaffSession browser = new StaffSession(mvc);
		MvcResult result = browser.post("/login", "username", user.username(), "password", PASSWORD);
		String cookie = browser.setCookieHeaders(result).stream().filter(h -> h.startsWith("KKSESSION=")).findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("Secure").contains("SameSite=Strict");
	}

	@Test
	void refusesACodeThatWasAlreadyUsed() throws Exception {
		TestUser user = newUser();
		String used = code(user);
		StaffSession first = new StaffSession(mvc);
		first.post("/login", "username", user.username(), "password", PASSWORD);
		assertThat(redirect(first.post("/login/code", "code", used))).isEqualTo("/home");

		StaffSession second = new StaffSession(mvc);
		second.post("/login", "username", user.username(), "password", PASSWORD);
		MvcResult replay = second.post("/login/code", "code", used);
		assertThat(replay.getResponse().getStatus()).isEqualTo(200);
		assertThat(replay.getResponse().getContentAsString()).contains("code-error");
		assertThat(auditActions(user.id())).contains("account.signIn.secondFactorFailed");
	}

	@Test
	void fiveWrongPasswordsLockTheAccountWithTheSameAnswerAsAnUnknownUsername() throws Exception {
		TestUser user = newUser();
		for (int i = 0; i < 5; i++) {
			assertThat(redirect(new StaffSession(mvc).post("/login", "username", user.username(), "password", "wrong password " + i)))
				.isEqualTo("/login?error");
		}
		MvcResult locked = new StaffSession(mvc).post("/login", "username", user.username(), "password", PASSWORD);
		MvcResult unknown = new StaffSession(mvc).post("/login", "username", "nobody-" + UUID.randomUUID(), "password", PASSWORD);
		assertThat(redirect(locked)).isEqualTo("/login?error").isEqualTo(redirect(unknown));
		assertThat(auditActions(user.id())).contains("account.locked", "account.signIn.refusedLocked");

		clock.advance(Duration.ofMinutes(16));
		assertThat(redirect(new StaffSession(mvc).post("/login", "username", user.username(), "password", PASSWORD)))
			.isEqualTo("/login/code");
	}

	@Test
	void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() throws Exception {
		TestUser user = newUser();
		for (int i = 0; i < 4; i++) {
			new StaffSession(mvc).post("/login", "username", user.username(), "password", "wrong password");
		}
		clock.advance(Duration.ofMinutes(16));
		new StaffSession(mvc).post("/login", "username", user.username(), "password", "wrong password");
		assertThat(redirect(new StaffSession(mvc).post("/login", "username", user.username(), "password", PASSWORD)))
			.isEqualTo("/login/code");
	}

	@Test
	void storesPasswordsAsArgon2id() {
		TestUser user = newUser();
		String hash = jdbc.queryForObject("select password_hash from account_user where id = ?", String.class, user.id());
		assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
	}

	@Test
	void aNewAccountIsActivatedByItsOneTimeLinkAndEnrolsAnAuthenticator() throws Exception {
		TestUser admin = newUser(Role.ADMIN);
		actAs(admin, Permission.USER_MANAGE);
		var link = administration.create(new UserAdministration.UserChange("new-" + UUID.randomUUID().toString().substring(0, 8),
				"New Person", null, admin.agencyId(), EnumSet.of(Role.INVESTIGATOR)));
		SecurityContextHolder.clearContext();

		StaffSession browser = new StaffSession(mvc);
		assertThat(browser.get("/activate/" + link.token()).getResponse().getStatus()).isEqualTo(200);
		MvcResult weak = browser.post("/activate/" + link.token(), "password", "password1234", "confirmation", "password1234");
		assertThat(weak.getResponse().getContentAsString()).contains("account.password.error.breached".isEmpty() ? "" : "error-summary");
		MvcResult set = browser.post("/activate/" + link.token(), "password", PASSWORD, "confirmation", PASSWORD);
		assertThat(redirect(set)).isEqualTo("/login/enrol");

		String page = browser.get("/login/enrol").getResponse().getContentAsString();
		Matcher secret = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<").matcher(page);
		assertThat(secret.find()).isTrue();
		assertThat(page).contains("data:image/png;base64,");
		String code = TotpCodes.at(secret.group(1).replace(" ", ""), clock.instant());
		assertThat(redirect(browser.post("/login/enrol", "code", code))).isEqualTo("/home");
		assertThat(browser.get("/home").getResponse().getStatus()).isEqualTo(200);

		// The link works once.
		assertThat(new StaffSession(mvc).get("/activate/" + link.token()).getResponse().getContentAsString())
			.contains("account-activate-invalid".isEmpty() ? "" : "<h1");
		assertThat(administration.activationFor(link.token())).isEmpty();
		assertThat(auditActions(link.userId())).contains("account.user.created", "account.user.activationIssued",
				"account.user.passwordSet", "account.secondFactor.enrolled");
	}

	@Test
	void disablingAnAccountEndsItsSessionsAtOnce() throws Exception {
		TestUser user = newUser();
		StaffSession browser = signedIn(user);
		assertThat(browser.get("/home").getResponse().getStatus()).isEqualTo(200);

		TestUser admin = newUser(Role.ADMIN);
		actAs(admin, Permission.USER_MANAGE);
		administration.disable(user.id());
		SecurityContextHolder.clearContext();

		MvcResult after = browser.get("/home");
		assertThat(after.getResponse().getStatus()).isEqualTo(302);
		assertThat(redirect(after)).isEqualTo("/login");
		assertThat(redirect(new StaffSession(mvc).post("/login", "username", user.username(), "password", PASSWORD)))
			.isEqualTo("/login?error");
		assertThat(auditActions(user.id())).contains("account.user.disabled", "account.user.sessionsEnded");
	}

	@Test
	void aSessionEndsAfterThirtyIdleMinutesAndTwelveHoursInAll() throws Exception {
		TestUser user = newUser();
		StaffSession idle = signedIn(user);
		clock.advance(Duration.ofMinutes(29));
		assertThat(idle.get("/home").getResponse().getStatus()).isEqualTo(200);
		clock.advance(Duration.ofMinutes(31));
		assertThat(idle.get("/home").getResponse().getStatus()).isEqualTo(302);
		clock.reset();

		TestUser other = newUser();
		StaffSession busy = signedIn(other);
		for (int i = 0; i < 24; i++) {
			clock.advance(Duration.ofMinutes(29));
			assertThat(busy.get("/home").getResponse().getStatus()).as("after %d half-hours", i + 1).isEqualTo(200);
		}
		clock.advance(Duration.ofMinutes(29));
		assertThat(busy.get("/home").getResponse().getStatus()).isEqualTo(302);
	}

	@Test
	void signingOutEndsTheSessionOnTheServer() throws Exception {
		TestUser user = newUser();
		StaffSession browser = signedIn(user);
		String cookie = browser.sessionCookie();
		assertThat(redirect(browser.post("/logout"))).isEqualTo("/login?signedOut");
		StaffSession replayed = new StaffSession(mvc);
		MvcResult result = replayed.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/home")
			.cookie(new jakarta.servlet.http.Cookie("KKSESSION", cookie)));
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(auditActions(user.id())).contains("account.signOut");
	}

	StaffSession signedIn(TestUser user) throws Exception {
		StaffSession browser = new StaffSession(mvc);
		assertThat(redirect(browser.post("/login", "username", user.username(), "password", PASSWORD))).isEqualTo("/login/code");
		assertThat(redirect(browser.post("/login/code", "code", code(user)))).isEqualTo("/home");
		return browser;
	}

	static void actAs(TestUser user, Permission... permissions) {
		var authorities = new java.util.ArrayList<SimpleGrantedAuthority>();
		authorities.add(new SimpleGrantedAuthority("KK_SIGNED_IN"));
		for (Permission permission : permissions) {
			authorities.add(new SimpleGrantedAuthority(permission.authority()));
		}
		var principal = new TestActors.TestActor(user.id(), user.username(), user.agencyId());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
	}

}
