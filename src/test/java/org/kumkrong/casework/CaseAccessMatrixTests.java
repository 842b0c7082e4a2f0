package org.kumkrong.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.account.Role;
import org.kumkrong.casework.internal.Casework;
import org.kumkrong.casework.internal.ChildIdentity;
import org.kumkrong.casework.internal.Drafts.CaseDraft;
import org.kumkrong.casework.internal.Drafts.ChildDraft;
import org.kumkrong.casework.internal.Drafts.IdentifierDraft;
import org.kumkrong.casework.internal.Drafts.IncidentDraft;
import org.kumkrong.casework.internal.Drafts.SuspectDraft;
import org.kumkrong.casework.internal.Note;
import org.kumkrong.casework.internal.RecordedOffence;
import org.kumkrong.casework.internal.Suspect;
import org.kumkrong.casework.internal.SuspectIdentifier;
import org.kumkrong.directory.Agencies;
import org.kumkrong.platform.Permission;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kumkrong.platform.TestActors.actAs;
import static org.kumkrong.platform.TestActors.staff;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The access matrix of SECURITY.md row 5, generated: every role × every case page and action × the viewer's
 * agency being the owner, a team member by referral, or another agency. Another agency never gets anything
 * but 403 or 404 and never sees a word of the case; no one sees the child's identity without a step-up; no
 * one outside the author's agency reads an agency-only note; a role without CASE_VIEW sees no case at all.
 */
@KumkrongIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseAccessMatrixTests {

	enum Relation { OWNER, REFERRED, OTHER }

	static final String TITLE = "Matrix case " + UUID.randomUUID();

	static final String CANARY_NAME = "Matrixchild Canaryname";

	static final String AGENCY_NOTE = "Owner-only note " + UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@Autowired
	Casework casework;

	@Autowired
	Cases cases;

	@Autowired
	Agencies agencies;

	UUID owner;

	UUID referred;

	UUID other;

	UUID caseId;

	String reference;

	UUID childId;

	String childCode;

	UUID suspectId;

	UUID incidentId;

	@BeforeAll
	void aCaseWithEverything() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		owner = agencies.create("Matrix owner " + suffix, "เจ้าของ " + suffix, "POLICE", "TH-10", null);
		referred = agencies.create("Matrix referred " + suffix, "รับส่งต่อ " + suffix, "PROSECUTION", "TH-10", null);
		other = agencies.create("Matrix other " + suffix, "อื่น " + suffix, "POLICE", "TH-57", null);
		try (var actor = actAs(UUID.randomUUID(), owner, Role.INVESTIGATOR.permissions().toArray(Permission[]::new))) {
			var kase = casework.open(new CaseDraft(TITLE, "Matrix summary", CasePriority.HIGH, "TH-10"));
			caseId = kase.id();
			reference = kase.reference();
			var child = casework.addChild(caseId, new ChildDraft("AGE_13_15", "FEMALE", "TH-10", null, null,
					new ChildIdentity(CANARY_NAME, LocalDate.of(2012, 1, 2), null, "Canary address", null, null)));
			childId = child.id();
			childCode = child.code();
			Suspect suspect = casework.addSuspect(caseId, new SuspectDraft("Matrix suspect", false, null,
					Suspect.Relation.STRANGER_ONLINE, Suspect.ArrestStatus.NOT_ARRESTED));
			suspectId = suspect.id();
			casework.addIdentifier(caseId, suspectId, new IdentifierDraft(SuspectIdentifier.Kind.SCREEN_NAME, "LINE", "matrix_handle", null));
			incidentId = casework.addIncident(caseId, new IncidentDraft(LocalDate.now().minusDays(1), "TH-10", "Matrix incident",
					List.of(new RecordedOffence("ONLINE_GROOMING", null, List.of())), Set.of("LINE"), Set.of(childId), Set.of(suspectId))).id();
			casework.addNote(caseId, Note.Visibility.AGENCY, AGENCY_NOTE);
		}
		cases.admit(caseId, referred, TeamAccess.REFERRED);
	}

	Stream<Arguments> matrix() {
		List<Arguments> arguments = new ArrayList<>();
		for (Role role : Role.values()) {
			for (Relation relation : Relation.values()) {
				arguments.add(Arguments.of(role, relation));
			}
		}
		return arguments.stream();
	}

	record Route(String name, MockHttpServletRequestBuilder request, boolean read) {
	}

	List<Route> routes() {
		String c = "/cases/" + caseId;
		return List.of(
				new Route("case page", get(c), true),
				new Route("history", get(c + "/history"), true),
				new Route("summary pdf", get(c + "/summary.pdf"), true),
				new Route("edit form", get(c + "/edit"), false),
				new Route("manage", get(c + "/manage"), false),
				new Route("child page", get(c + "/children/" + childId), true),
				new Route("child form", get(c + "/children/new"), false),
				new Route("child edit", get(c + "/children/" + childId + "/edit"), false),
				new Route("suspect", get(c + "/suspects/" + suspectId + "/edit"), true),
				new Route("suspect form", get(c + "/suspects/new"), false),
				new Route("incident form", get(c + "/incidents/new"), false),
				new Route("incident edit", get(c + "/incidents/" + incidentId + "/edit"), false),
				new Route("outcome form", get(c + "/outcomes/new"), false),
				new Route("a report not of this case", get(c + "/reports/" + UUID.randomUUID()), false),
				new Route("refer form", get("/referrals/new").param("case", caseId.toString()), false),
				new Route("reveal without step-up", post(c + "/children/" + childId + "/reveal").param("code", "123456").with(csrf()), false),
				new Route("add note", post(c + "/notes").param("visibility", "TEAM").param("body", "probe").with(csrf()), false),
				new Route("add task", post(c + "/tasks").param("title", "probe").with(csrf()), false),
				new Route("change stage", post(c + "/status").param("version", "0").param("status", "TRIAL").with(csrf()), false),
				new Route("transfer", post(c + "/transfer").param("version", "0").param("agencyId", other.toString())
					.param("transferReason", "probe").with(csrf()), false),
				new Route("accept transfer", post("/cases/transfers/" + caseId + "/accept").with(csrf()), false));
	}

	@ParameterizedTest(name = "{0} of the {1} agency")
	@MethodSource("matrix")
	void nothingLeaks(Role role, Relation relation) throws Exception {
		UUID agency = switch (relation) {
			case OWNER -> owner;
			case REFERRED -> referred;
			case OTHER -> other;
		};
		Permission[] permissions = role.permissions().toArray(Permission[]::new);
		boolean onTeam = relation != Relation.OTHER;
		boolean mayView = onTeam && role.permissions().contains(Permission.CASE_VIEW);
		for (Route route : routes()) {
			MockHttpServletResponse response = mvc.perform(route.request().with(staff(UUID.randomUUID(), agency, permissions)))
				.andReturn().getResponse();
			int status = response.getStatus();
			String body = response.getContentAsString();
			String where = role + " of " + relation + " on " + route.name() + " (" + status + ")";
			assertThat(status).as(where + ": never a server error").isLessThan(500);
			assertThat(body).as(where + ": the identity never shows without a step-up").doesNotContain(CANARY_NAME, "Canary address");
			if (!mayView) {
				assertThat(status).as(where).isIn(403, 404);
				assertThat(body).as(where + ": nothing of the case").doesNotContain(reference, TITLE, childCode, "matrix_handle");
			}
			if (relation != Relation.OWNER) {
				assertThat(body).as(where + ": another agency's agency-only note").doesNotContain(AGENCY_NOTE);
			}
			if (mayView && route.read()) {
				assertThat(status).as(where).isEqualTo(200);
			}
		}
		if (mayView) {
			String page = mvc.perform(get("/cases/" + caseId).with(staff(UUID.randomUUID(), agency, permissions)))
				.andReturn().getResponse().getContentAsString();
			assertThat(page).contains(reference, childCode, "matrix_handle");
			assertThat(page.contains(AGENCY_NOTE)).isEqualTo(relation == Relation.OWNER);
		}
		try (var actor = actAs(UUID.randomUUID(), agency, permissions)) {
			assertThat(cases.visible(caseId).isPresent()).as(role + " of " + relation + " through the facade").isEqualTo(mayView);
		}
	}
}
