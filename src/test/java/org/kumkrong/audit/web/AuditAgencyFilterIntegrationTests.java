package org.kumkrong.audit.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.directory.Agencies;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.TestActors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Auditors choose an agency by name, in their language, and see only that agency's entries. */
@KumkrongIntegrationTest
class AuditAgencyFilterIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Agencies agencies;

	@Autowired
	AuditTrail trail;

	@Test
	void offersAgenciesByNameAndShowsOnlyTheChosenAgencysEntries() throws Exception {
		UUID chosen = agencies.create("Audit filter agency", "หน่วยงานกรองบันทึก", "NGO", "TH-50", null);
		UUID other = agencies.create("Another audit agency", "หน่วยงานบันทึกอื่น", "NGO", "TH-50", null);
		String mine = "rec-" + UUID.randomUUID();
		String theirs = "rec-" + UUID.randomUUID();
		trail.record(UUID.randomUUID(), chosen, "directory.agency.updated", "directory_agency", mine, AuditOutcome.SUCCESS);
		trail.record(UUID.randomUUID(), other, "directory.agency.updated", "directory_agency", theirs, AuditOutcome.SUCCESS);
		var auditor = TestActors.staff(Permission.AUDIT_READ);

		String thai = mvc.perform(get("/audit").param("lang", "th").with(auditor)).andReturn().getResponse()
			.getContentAsString();
		assertThat(thai).contains("<select id=\"agency\"").contains("หน่วยงานกรองบันทึก");

		String filtered = mvc.perform(get("/audit").param("agency", chosen.toString()).param("lang", "en").with(auditor))
			.andReturn().getResponse().getContentAsString();
		assertThat(filtered).contains(mine).doesNotContain(theirs).contains("Agency changed");
	}

}
