package org.kumkrong.coordination;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.TestActors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page and every refused form of the working group and the directory renders (in both languages) for
 * those who keep them: bad input re-shows the form with its problem, never a 500. The browser journeys walk
 * the main paths; this reaches the edit pages and error states they do not.
 */
@KumkrongIntegrationTest
class WorkingGroupPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void editPagesAndRefusedFormsRenderForKeepersInBothLanguages() throws Exception {
		UUID agency = jdbc.queryForObject("select id from directory_agency where name_en like 'Demo Office of the Attorney General%'",
				UUID.class);
		UUID action = jdbc.queryForObject("select id from coordination_action order by created_at limit 1", UUID.class);
		UUID meeting = jdbc.queryForObject("select meeting_id from coordination_decision order by recorded_at limit 1", UUID.class);
		UUID decision = jdbc.queryForObject("select id from coordination_decision order by recorded_at limit 1", UUID.class);
		UUID reform = jdbc.queryForObject("select id from coordination_reform order by sort_order limit 1", UUID.class);
		UUID point = jdbc.queryForObject("select id from directory_service_point order by created_at limit 1", UUID.class);
		UUID network = jdbc.queryForObject("select id from directory_network order by created_at limit 1", UUID.class);
		RequestPostProcessor keeper = TestActors.staff(UUID.randomUUID(), agency, Permission.COORDINATION_VIEW,
				Permission.COORDINATION_MANAGE, Permission.DIRECTORY_VIEW, Permission.DIRECTORY_MANAGE);
		for (String lang : new String[] { "th", "en" }) {
			page(get("/coordination/actions/" + action + "/edit"), keeper, lang, "id=\"dueOn\"");
			page(get("/coordination/actions/new").param("decision", decision.toString()), keeper, lang, "name=\"decisionId\"");
			page(get("/coordination/reforms/" + reform + "/edit"), keeper, lang, "id=\"stage\"");
			page(get("/coordination/meetings/" + meeting), keeper, lang, "create-action");
			page(get("/directory/services/" + point + "/edit"), keeper, lang, "id=\"coverage\"");
			page(get("/directory/networks/" + network), keeper, lang, "id=\"member-name\"");
			page(post("/coordination/actions").param("title", "").param("dueOn", "not a date"), keeper, lang, "error-summary");
			page(post("/coordination/actions/" + action).param("title", "x").param("version", "abc"), keeper, lang, "error-summary");
			page(post("/coordination/actions/" + action + "/progress").param("status", "DONE").param("note", ""), keeper, lang,
					"error-summary");
			page(post("/coordination/actions/" + action + "/progress").param("status", "DONE").param("note", "x")
				.param("notedOn", "31/12/2026"), keeper, lang, "error-summary");
			page(post("/coordination/meetings").param("title", "").param("agencyIds", "not-a-uuid"), keeper, lang, "error-summary");
			page(post("/coordination/meetings/" + meeting + "/decisions").param("text", " "), keeper, lang, "field-error");
			page(post("/coordination/reforms").param("titleEn", "x").param("titleTh", "").param("stage", "IDEA"), keeper, lang,
					"error-summary");
			page(post("/coordination/reforms/" + reform).param("stage", "ENACTED").param("enactedOn", "yesterday"), keeper, lang,
					"error-summary");
			page(post("/coordination/reforms/" + reform).param("stage", "ENACTED").param("offenceCodes", "NOT_AN_OFFENCE"), keeper,
					lang, "error-summary");
			page(post("/directory/services").param("agencyId", agency.toString()).param("nameEn", "x").param("latitude", "north"),
					keeper, lang, "error-summary");
			page(post("/directory/networks").param("provinceCode", ""), keeper, lang, "error-summary");
			page(post("/directory/networks/" + network + "/members").param("kind", "SCHOOL").param("name", ""), keeper, lang,
					"field-error");
			page(post("/directory/networks/" + network + "/activities").param("activityKind", "MEETING").param("heldOn", "soon"),
					keeper, lang, "field-error");
			page(post("/directory/import"), keeper, lang, "file-error");
		}
	}

	private void page(MockHttpServletRequestBuilder request, RequestPostProcessor actor, String lang, String expected)
			throws Exception {
		String body = mvc.perform(request.param("lang", lang).with(actor).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).as("%s", expected).contains(expected).doesNotContain("??");
	}

}
