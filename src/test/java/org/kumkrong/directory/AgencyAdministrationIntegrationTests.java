package org.kumkrong.directory;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.platform.TestActors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KumkrongIntegrationTest
class AgencyAdministrationIntegrationTests {

	static final Locale THAI = Locale.forLanguageTag("th");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Agencies agencies;

	final UUID adminId = UUID.randomUUID();

	@Test
	void createEditDisableAndEnableAnAgencyLeavingAuditEntries() throws Exception {
		String suffix = suffix();
		String location = mvc.perform(post("/admin/agencies").with(admin()).with(csrf())
			.param("nameEn", "Chiang Mai Provincial Police " + suffix)
			.param("nameTh", "ตำรวจภูธรจังหวัดเชียงใหม่ " + suffix)
			.param("typeCode", "POLICE")
			.param("provinceCode", "TH-50")
			.param("parentId", ""))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring("/admin/agencies/".length()));
		assertThat(audit("directory.agency.created", id)).isEqualTo(1);
		assertThat(agencies.require(id)).satisfies(agency -> {
			assertThat(agency.typeCode()).isEqualTo("POLICE");
			assertThat(agency.provinceCode()).isEqualTo("TH-50");
			assertThat(agency.name(THAI)).isEqualTo("ตำรวจภูธรจังหวัดเชียงใหม่ " + suffix);
			assertThat(agency.active()).isTrue();
		});

		mvc.perform(get("/admin/agencies/{id}", id).with(admin()).param("lang", "th"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ตำรวจภูธรจังหวัดเชียงใหม่ " + suffix)))
			.andExpect(content().string(containsString("ตำรวจ")))
			.andExpect(content().string(containsString("เชียงใหม่")));
		mvc.perform(get("/admin/agencies").with(admin()).param("lang", "en").param("type", "POLICE")
			.param("province", "TH-50").param("status", "active"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chiang Mai Provincial Police " + suffix)))
			.andExpect(content().string(containsString("Chiang Mai")));
		mvc.perform(get("/admin/agencies/{id}/edit", id).with(admin()).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chiang Mai Provincial Police " + suffix)));

		mvc.perform(post("/admin/agencies/{id}", id).with(admin()).with(csrf())
			.param("nameEn", "Chiang Mai Police " + suffix)
			.param("nameTh", "ตำรวจเชียงใหม่ " + suffix)
			.param("typeCode", "POLICE")
			.param("provinceCode", "TH-57")
			.param("parentId", "")
			.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(agencies.require(id).provinceCode()).isEqualTo("TH-57");
		assertThat(agencies.name(id, Locale.ENGLISH)).isEqualTo("Chiang Mai Police " + suffix);
		assertThat(audit("directory.agency.updated", id)).isEqualTo(1);

		mvc.perform(post("/admin/agencies/{id}/disable", id).with(admin()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(agencies.require(id).active()).isFalse();
		assertThat(agencies.active()).extracting(AgencyView::id).doesNotContain(id);
		assertThat(agencies.all()).extracting(AgencyView::id).contains(id);
		assertThat(audit("directory.agency.disabled", id)).isEqualTo(1);

		mvc.perform(post("/admin/agencies/{id}/enable", id).with(admin()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(agencies.require(id).active()).isTrue();
		assertThat(agencies.byType("POLICE")).extracting(AgencyView::id).contains(id);
		assertThat(audit("directory.agency.enabled", id)).isEqualTo(1);
	}

	@Test
	void ownAgencyManagersEditOnlyTheirOwnAgencyAndSeeNothingOfOthers() throws Exception {
		UUID own = agencies.create("Own NGO " + suffix(), "มูลนิธิของตน", "NGO", "TH-10", null);
		UUID other = agencies.create("Other NGO " + suffix(), "มูลนิธิอื่น", "NGO", "TH-10", null);
		RequestPostProcessor ownManager = TestActors.staff(UUID.randomUUID(), own, Permission.AGENCY_VIEW,
				Permission.AGENCY_MANAGE_OWN);

		mvc.perform(get("/admin/agencies/{id}/edit", own).with(ownManager)).andExpect(status().isOk());
		mvc.perform(get("/admin/agencies/{id}/edit", other).with(ownManager)).andExpect(status().isNotFound());
		mvc.perform(post("/admin/agencies/{id}", other).with(ownManager).with(csrf())
			.param("nameEn", "Taken over").param("nameTh", "ยึด").param("provinceCode", "TH-10").param("version", "0"))
			.andExpect(status().isNotFound());
		assertThat(agencies.require(other).nameTh()).isEqualTo("มูลนิธิอื่น");
		mvc.perform(post("/admin/agencies/{id}/disable", other).with(ownManager).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/agencies/{id}/disable", own).with(ownManager).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/agencies/new").with(ownManager)).andExpect(status().isForbidden());
		assertThat(agencies.require(other).active()).isTrue();
		assertThat(audit("directory.agency.updated", other)).isZero();

		// Their own agency: names and province change; type and parent are not theirs to change.
		mvc.perform(post("/admin/agencies/{id}", own).with(ownManager).with(csrf())
			.param("nameEn", "Own NGO renamed").param("nameTh", "มูลนิธิของตน (ใหม่)").param("typeCode", "POLICE")
			.param("provinceCode", "TH-11").param("parentId", other.toString()).param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(agencies.require(own)).satisfies(agency -> {
			assertThat(agency.nameTh()).isEqualTo("มูลนิธิของตน (ใหม่)");
			assertThat(agency.provinceCode()).isEqualTo("TH-11");
			assertThat(agency.typeCode()).isEqualTo("NGO");
			assertThat(agency.parentId()).isNull();
		});
		assertThat(audit("directory.agency.updated", own)).isEqualTo(1);
	}

	@Test
	void staffWithoutAgencyViewAreRefused() throws Exception {
		UUID id = agencies.create("Hotline " + suffix(), "สายด่วน", "HOTLINE", "TH-10", null);
		RequestPostProcessor outsider = TestActors.staff(Permission.REFERENCE_MANAGE);
		mvc.perform(get("/admin/agencies").with(outsider)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/agencies/{id}", id).with(outsider)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/agencies/{id}/edit", id).with(outsider)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/agencies").with(outsider).with(csrf()).param("nameEn", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/agencies/{id}", id).with(TestActors.staff(Permission.AGENCY_VIEW)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/disable"))));
		mvc.perform(get("/admin/agencies/{id}", UUID.randomUUID()).with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void invalidInputIsShownNextToEachFieldNeverAsAServerError() throws Exception {
		long before = count();
		mvc.perform(get("/admin/agencies/new").with(admin()).param("lang", "th"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"TH-50\">เชียงใหม่</option>")))
			.andExpect(content().string(containsString("<option value=\"POLICE\">ตำรวจ</option>")));
		mvc.perform(post("/admin/agencies").with(admin()).with(csrf()).param("lang", "en")
			.param("nameEn", "x".repeat(10_000))
			.param("nameTh", "")
			.param("typeCode", "SPACESHIP")
			.param("provinceCode", "TH-99")
			.param("parentId", UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("error-summary")))
			.andExpect(content().string(containsString("href=\"#nameTh\"")))
			.andExpect(content().string(containsString("href=\"#nameEn\"")))
			.andExpect(content().string(containsString("href=\"#typeCode\"")))
			.andExpect(content().string(containsString("href=\"#provinceCode\"")))
			.andExpect(content().string(containsString("href=\"#parentId\"")))
			.andExpect(content().string(containsString("Enter the name.")))
			.andExpect(content().string(containsString("Use at most 200 characters.")))
			.andExpect(content().string(containsString("Choose a province from the list.")));
		mvc.perform(post("/admin/agencies").with(admin()).with(csrf()).param("lang", "th")
			.param("nameEn", "Name").param("nameTh", "ชื่อ").param("typeCode", "NGO").param("provinceCode", "TH-10")
			.param("parentId", "not-a-uuid"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("กรุณาเลือกหน่วยงานต้นสังกัดจากรายการ")));
		mvc.perform(post("/admin/agencies").with(admin()).with(csrf())
			.param("version", "not-a-number").param("nameEn", "Name"))
			.andExpect(status().isOk());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void refusesAParentThatWouldMakeACycle() throws Exception {
		UUID region = agencies.create("Region " + suffix(), "ภาค", "POLICE", "TH-10", null);
		UUID station = agencies.create("Station " + suffix(), "สถานี", "POLICE", "TH-10", region);
		UUID post = agencies.create("Post " + suffix(), "ป้อม", "POLICE", "TH-10", station);

		mvc.perform(post("/admin/agencies/{id}", region).with(admin()).with(csrf()).param("lang", "en")
			.param("nameEn", "Region").param("nameTh", "ภาค").param("typeCode", "POLICE").param("provinceCode", "TH-10")
			.param("parentId", post.toString()).param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#parentId\"")))
			.andExpect(content().string(containsString("cannot be part of itself")));
		mvc.perform(post("/admin/agencies/{id}", region).with(admin()).with(csrf()).param("lang", "en")
			.param("nameEn", "Region").param("nameTh", "ภาค").param("typeCode", "POLICE").param("provinceCode", "TH-10")
			.param("parentId", region.toString()).param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cannot be part of itself")));
		assertThat(agencies.require(region).parentId()).isNull();
		assertThat(audit("directory.agency.updated", region)).isZero();
	}

	@Test
	void refusesAnEditStartedFromAnOlderVersion() throws Exception {
		UUID id = agencies.create("Court " + suffix(), "ศาล", "COURT", "TH-10", null);
		mvc.perform(post("/admin/agencies/{id}", id).with(admin()).with(csrf()).param("lang", "en")
			.param("nameEn", "Court A").param("nameTh", "ศาล ก").param("typeCode", "COURT").param("provinceCode", "TH-10")
			.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/agencies/{id}", id).with(admin()).with(csrf()).param("lang", "en")
			.param("nameEn", "Court B").param("nameTh", "ศาล ข").param("typeCode", "COURT").param("provinceCode", "TH-10")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this agency")));
		assertThat(agencies.require(id).nameEn()).isEqualTo("Court A");
	}

	@Test
	void theFacadeAppliesTheSameRules() {
		assertThatThrownBy(() -> agencies.create("Name", "ชื่อ", "SPACESHIP", "TH-10", null))
			.isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(((RuleViolationException) ex).field()).isEqualTo("typeCode"));
		assertThatThrownBy(() -> agencies.create("Name", "ชื่อ", "NGO", "TH-99", null))
			.isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(((RuleViolationException) ex).field()).isEqualTo("provinceCode"));
		assertThatThrownBy(() -> agencies.create(" ", "ชื่อ", "NGO", "TH-10", null))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> agencies.create("Name", "ชื่อ", "NGO", "TH-10", UUID.randomUUID()))
			.isInstanceOf(RuleViolationException.class);
		assertThat(agencies.find(UUID.randomUUID())).isEmpty();
		assertThat(agencies.name(UUID.randomUUID(), THAI)).isNull();
		assertThatThrownBy(() -> agencies.require(UUID.randomUUID())).isInstanceOf(AgencyNotFoundException.class);
		UUID id = agencies.create("Name", "ชื่อ", "NGO", "TH-10", null);
		assertThat(agencies.find(new AgencyId(id))).isPresent();
		assertThat(audit("directory.agency.created", id)).isEqualTo(1);
	}

	private long count() {
		return jdbc.queryForObject("select count(*) from directory_agency", Long.class);
	}

	private int audit(String action, UUID recordId) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = ? and record_id = ?", Integer.class,
				action, recordId.toString());
	}

	private RequestPostProcessor admin() {
		return TestActors.staff(adminId, UUID.randomUUID(), Permission.AGENCY_VIEW, Permission.AGENCY_MANAGE);
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
