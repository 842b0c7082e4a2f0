package org.kumkrong.platform;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KumkrongIntegrationTest
class PlatformIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ITemplateEngine templates;

	@Autowired
	ProofOfWork proofOfWork;

	@Test
	void servesThePublicHomeInThaiForThaiBrowsersAndInEnglishOnRequest() throws Exception {
		mvc.perform(get("/").header("Accept-Language", "th-TH,th;q=0.9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"th\"")))
			.andExpect(content().string(containsString("แจ้งเรื่อง")));
		mvc.perform(get("/").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Report something")))
			.andExpect(header().string("Set-Cookie", containsString("kk_lang=en")));
	}

	@Test
	void publicPagesCarryTheSecurityHeaders() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")))
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Cache-Control", containsString("no-store")));
	}

	@Test
	void signInReportAndStaffPagesAreNeverCachedAndAllowNoInlineScript() throws Exception {
		// A child's device may be checked by an abuser: nothing from these pages may stay in a cache (SECURITY.md #16).
		for (var request : List.of(get("/login"), get("/report"), get("/report/follow-up"),
				get("/home").with(TestActors.staff()), get("/api/v1/nothing-here").with(TestActors.staff()))) {
			mvc.perform(request)
				.andExpect(header().string("Cache-Control", containsString("no-store")))
				.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
				.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
				.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-eval"))));
		}
	}

	@Test
	void status429ShowsTheSlowDownPageInTheVisitorsLanguage() throws Exception {
		mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 429).header("Accept-Language", "en"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Please wait a few minutes and try again.")))
			.andExpect(content().string(containsString("href=\"tel:191\"")));
		mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 429).header("Accept-Language", "th"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("ลองหลายครั้งเกินไป")));
	}

	@Test
	void theProofOfWorkFragmentSendsTheChallengeAnEmptyNonceAndLoadsTheScript() {
		ProofOfWork.Challenge challenge = proofOfWork.issue();
		var request = new MockHttpServletRequest("GET", "/report");
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, new MockHttpServletResponse());
		var context = new WebContext(exchange, Locale.ENGLISH, Map.of("challenge", challenge));

		String html = templates.process("platform/fragments/pow", Set.of("fields"), context);

		assertThat(html).contains("name=\"powChallenge\" value=\"" + challenge.value() + "\"")
			.contains("name=\"powNonce\" value=\"\"")
			.contains("data-pow-working=\"Getting your message ready to send.")
			.contains("<script src=\"/js/pow.js\" defer");
	}

	@Test
	void staffPagesNeedASignedInSession() throws Exception {
		mvc.perform(get("/home")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void apiErrorsAreProblemJsonWithAStableCode() throws Exception {
		mvc.perform(get("/api/v1/nothing-here").with(TestActors.staff()))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.code").value("KKE-4040"))
			.andExpect(jsonPath("$.reference").exists());
	}

	@Test
	void unknownPagesShowTheNotFoundPageWithAReferenceAndNoTechnicalDetail() throws Exception {
		mvc.perform(get("/home/nothing-here").with(TestActors.staff()).param("lang", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("error-reference")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

}
