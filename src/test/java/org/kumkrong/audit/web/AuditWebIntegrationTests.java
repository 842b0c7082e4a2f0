package org.kumkrong.audit.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.audit.AuditChain;
import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.TestActors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KumkrongIntegrationTest
class AuditWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditChain chain;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void verifyApiAnswersIntactWithCountsOnlyAndRecordsTheVerification() throws Exception {
		UUID auditor = UUID.randomUUID();
		chain.seal();
		mvc.perform(get("/api/v1/audit/verify").with(TestActors.staff(auditor, UUID.randomUUID(), Permission.AUDIT_VERIFY)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("\\{\"intact\":true,\"entries\":\\d+,\"unsealed\":\\d+}")));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_id = ? and action = 'audit.verified' "
				+ "and outcome = 'SUCCESS'", Long.class, auditor)).isEqualTo(1);
	}

	/** Tampers inside the test's transaction, which the request joins and which is rolled back afterwards. */
	@Test
	@Transactional
	void verifyApiNamesTheFirstBrokenEntry() throws Exception {
		String recordId = UUID.randomUUID().toString();
		trail.record(null, null, "audit.test.api", "audit_test", recordId, AuditOutcome.SUCCESS);
		trail.record(null, null, "audit.test.api", "audit_test", recordId + "-next", AuditOutcome.SUCCESS);
		chain.seal();
		long seq = jdbc.queryForObject("select seq from audit_entry where record_id = ?", Long.class, recordId);
		jdbc.update("update audit_entry set outcome = 'FAILURE' where seq = ?", seq);
		mvc.perform(get("/api/v1/audit/verify").with(TestActors.staff(Permission.AUDIT_VERIFY)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"\\{\"intact\":false,\"firstBrokenEntry\":" + seq + ",\"entries\":\\d+,\"unsealed\":\\d+}")));
	}

	@Test
	void verifyApiRefusesAUserWithoutAuditVerify() throws Exception {
		mvc.perform(get("/api/v1/audit/verify").with(TestActors.staff(Permission.AUDIT_READ)))
			.andExpect(status().isForbidden());
	}

	@Test
	void verifyApiNeedsASession() throws Exception {
		mvc.perform(get("/api/v1/audit/verify")).andExpect(status().isUnauthorized());
	}

	@Test
	void auditPageRefusesAUserWithoutAuditRead() throws Exception {
		mvc.perform(get("/audit").with(TestActors.staff(Permission.AUDIT_VERIFY))).andExpect(status().isForbidden());
	}

	@Test
	void auditPageNeedsASession() throws Exception {
		mvc.perform(get("/audit")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void auditPageVerificationNeedsAuditVerify() throws Exception {
		mvc.perform(get("/audit").param("verify", "true").with(TestActors.staff(Permission.AUDIT_READ)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/audit").param("verify", "true").param("lang", "en")
			.with(TestActors.staff(Permission.AUDIT_READ, Permission.AUDIT_VERIFY)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The audit chain is intact")));
	}

	@Test
	void auditPageFindsEntriesByRecordAndRecordsTheSearch() throws Exception {
		UUID reader = UUID.randomUUID();
		UUID actor = UUID.randomUUID();
		String recordId = "KK-2026-" + UUID.randomUUID().toString().substring(0, 8);
		trail.record(actor, null, "casework.case.viewed", "casework_case", recordId, AuditOutcome.DENIED);
		trail.record(actor, null, "casework.case.viewed", "casework_case", recordId + "-other", AuditOutcome.SUCCESS);
		mvc.perform(get("/audit").param("recordType", "casework_case").param("recordId", recordId)
			.param("action", "casework.case").param("user", actor.toString()).param("lang", "en")
			.with(TestActors.staff(reader, UUID.randomUUID(), Permission.AUDIT_READ)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(recordId)))
			.andExpect(content().string(not(containsString(recordId + "-other"))))
			.andExpect(content().string(containsString("Denied")))
			.andExpect(content().string(containsString("<th scope=\"col\">")));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor_id = ? and action = 'audit.searched'",
				Long.class, reader)).isEqualTo(1);
	}

	@Test
	void auditPageExplainsInvalidFiltersInThai() throws Exception {
		mvc.perform(get("/audit").param("agency", "not-a-uuid").param("from", "31/03/2026").param("lang", "th")
			.with(TestActors.staff(Permission.AUDIT_READ)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("โปรดใส่รหัสหน่วยงาน")))
			.andExpect(content().string(containsString("โปรดใส่วันที่เริ่มต้น")));
	}

}
