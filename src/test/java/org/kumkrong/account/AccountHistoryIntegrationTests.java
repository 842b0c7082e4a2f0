package org.kumkrong.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.account.internal.UserAdministration;
import org.kumkrong.directory.Agencies;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.TestActors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** Envers keeps every version of an account and of its roles, with who changed it, and never its secrets. */
@KumkrongIntegrationTest
class AccountHistoryIntegrationTests {

	@Autowired
	UserAdministration administration;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void everyChangeToAnAccountIsKeptWithItsAuthorAndWithoutSecrets() {
		UUID agency = agencies.create("History agency", "หน่วยงานประวัติ", "POLICE", "TH-10", null);
		UUID adminId = UUID.randomUUID();
		var principal = new TestActors.TestActor(adminId, "history-admin", agency);
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal,
				null, List.of(new SimpleGrantedAuthority("KK_SIGNED_IN"), new SimpleGrantedAuthority(Permission.USER_MANAGE.authority()))));

		var link = administration.create(new UserAdministration.UserChange("hist-" + UUID.randomUUID().toString().substring(0, 8),
				"First Name", null, agency, EnumSet.of(Role.INVESTIGATOR)));
		administration.update(link.userId(), new UserAdministration.UserChange(null, "Second Name", null, agency,
				EnumSet.of(Role.INVESTIGATOR, Role.TRAINER)));
		administration.disable(link.userId());

		List<Map<String, Object>> versions = jdbc.queryForList("select a.display_name, a.active, r.actor_id from account_user_aud a "
				+ "join audit_revision r on r.id = a.rev where a.id = ? order by a.rev", link.userId());
		assertThat(versions).extracting(v -> v.get("display_name")).containsSubsequence("First Name", "Second Name");
		assertThat(versions).extracting(v -> v.get("active")).last().isEqualTo(false);
		assertThat(versions).extracting(v -> v.get("actor_id")).containsOnly(adminId);
		assertThat(jdbc.queryForList("select role from account_user_role_aud where user_id = ? and revtype = 0", String.class,
				link.userId())).contains("INVESTIGATOR", "TRAINER");

		List<String> historyColumns = jdbc.queryForList("select lower(column_name) from information_schema.columns "
				+ "where lower(table_name) = 'account_user_aud'", String.class);
		assertThat(historyColumns).contains("display_name", "active")
			.doesNotContain("password_hash", "totp_secret", "totp_pending_secret", "activation_token_hash");
	}

}
