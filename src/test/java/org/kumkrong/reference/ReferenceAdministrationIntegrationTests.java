package org.kumkrong.reference;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.TestActors;
import org.kumkrong.reference.internal.JdbcReferenceData;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KumkrongIntegrationTest
class ReferenceAdministrationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReferenceData references;

	@Autowired
	JdbcReferenceData editor;

	final UUID adminId = UUID.randomUUID();

	@Test
	void labelsEditedOnTheAdminPageShowInBothLanguagesAndAreAudited() throws Exception {
		ReferenceEntry original = references.entry(ReferenceList.PLATFORM, "OTHER_GAME").orElseThrow();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		try {
			mvc.perform(post("/admin/reference/platform/OTHER_GAME").with(admin()).with(csrf())
				.param("labelEn", "Another game " + suffix)
				.param("labelTh", "เกมอื่น " + suffix))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/admin/reference/platform"));

			assertThat(references.label(ReferenceList.PLATFORM, "OTHER_GAME", java.util.Locale.ENGLISH))
				.isEqualTo("Another game " + suffix);
			mvc.perform(get("/admin/reference/platform").with(admin()).param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Another game " + suffix)))
				.andExpect(content().string(containsString("เกมอื่น " + suffix)));
			mvc.perform(get("/admin/reference/platform").with(admin()).param("lang", "th"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("ชื่อภาษาไทย")));
			assertThat(auditCount("reference.entry.updated", "PLATFORM:OTHER_GAME")).isEqualTo(1);
		}
		finally {
			editor.update(ReferenceList.PLATFORM, "OTHER_GAME", original.labelEn(), original.labelTh(),
					original.descriptionEn(), original.descriptionTh());
		}
	}

	@Test
	void invalidLabelsAreShownNextToTheirFieldsWithoutSaving() throws Exception {
		String before = references.label(ReferenceList.OFFENCE, "SEXTORTION", java.util.Locale.ENGLISH);
		mvc.perform(post("/admin/reference/offence/SEXTORTION").with(admin()).with(csrf()).param("lang", "en")
			.param("labelEn", "x".repeat(10_000))
			.param("labelTh", "  ")
			.param("descriptionEn", "Some text")
			.param("descriptionTh", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("error-summary")))
			.andExpect(content().string(containsString("href=\"#labelTh\"")))
			.andExpect(content().string(containsString("href=\"#labelEn\"")))
			.andExpect(content().string(containsString("href=\"#descriptionTh\"")))
			.andExpect(content().string(containsString("Use at most 200 characters.")))
			.andExpect(content().string(not(containsString("href=\"#descriptionEn\""))));
		assertThat(references.label(ReferenceList.OFFENCE, "SEXTORTION", java.util.Locale.ENGLISH)).isEqualTo(before);
	}

	@Test
	void deactivatedEntriesLeaveTheActiveListButKeepTheirCode() throws Exception {
		try {
			mvc.perform(post("/admin/reference/platform/ROBLOX/deactivate").with(admin()).with(csrf()))
				.andExpect(status().is3xxRedirection());

			assertThat(references.entries(ReferenceList.PLATFORM)).extracting(ReferenceEntry::code)
				.doesNotContain("ROBLOX");
			assertThat(references.allEntries(ReferenceList.PLATFORM)).extracting(ReferenceEntry::code)
				.contains("ROBLOX");
			assertThat(references.entry(ReferenceList.PLATFORM, "ROBLOX")).get()
				.satisfies(entry -> assertThat(entry.active()).isFalse());
			assertThat(references.isActive(ReferenceList.PLATFORM, "ROBLOX")).isFalse();
			assertThat(references.label(ReferenceList.PLATFORM, "ROBLOX", java.util.Locale.ENGLISH)).isEqualTo("Roblox");
			assertThat(auditCount("reference.entry.deactivated", "PLATFORM:ROBLOX")).isEqualTo(1);

			mvc.perform(post("/admin/reference/platform/ROBLOX/reactivate").with(admin()).with(csrf()))
				.andExpect(status().is3xxRedirection());
			assertThat(references.isActive(ReferenceList.PLATFORM, "ROBLOX")).isTrue();
			assertThat(auditCount("reference.entry.reactivated", "PLATFORM:ROBLOX")).isEqualTo(1);
		}
		finally {
			editor.setActive(ReferenceList.PLATFORM, "ROBLOX", true);
		}
	}

	@Test
	void provincesCanBeDeactivatedAndComeBack() throws Exception {
		try {
			mvc.perform(post("/admin/reference/province/TH-96/deactivate").with(admin()).with(csrf()))
				.andExpect(status().is3xxRedirection());
			assertThat(references.provinces()).extracting(Province::code).doesNotContain("TH-96");
			assertThat(references.isActiveProvince("TH-96")).isFalse();
			assertThat(auditCount("reference.province.deactivated", "TH-96")).isEqualTo(1);
		}
		finally {
			editor.setProvinceActive("TH-96", true);
		}
		assertThat(references.isActiveProvince("TH-96")).isTrue();
	}

	@Test
	void onlyReferenceManagersReachTheAdminPages() throws Exception {
		mvc.perform(get("/admin/reference/offence").with(TestActors.staff(Permission.AGENCY_VIEW)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/reference/platform/ROBLOX/deactivate").with(TestActors.staff(Permission.AGENCY_MANAGE))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(references.isActive(ReferenceList.PLATFORM, "ROBLOX")).isTrue();
		mvc.perform(get("/admin/reference/nothing").with(admin())).andExpect(status().isNotFound());
		mvc.perform(get("/admin/reference/offence/NOPE/edit").with(admin())).andExpect(status().isNotFound());
		mvc.perform(get("/admin/reference/offence/CSAM/edit").with(admin()).param("lang", "th"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("สื่อการล่วงละเมิดทางเพศเด็ก")));
	}

	private int auditCount(String action, String recordId) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = ? and record_id = ? and actor_id = ?",
				Integer.class, action, recordId, adminId);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return TestActors.staff(adminId, UUID.randomUUID(), Permission.REFERENCE_MANAGE);
	}

}
