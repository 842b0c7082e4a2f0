package org.kumkrong.platform.web;

import org.junit.jupiter.api.Test;
import org.kumkrong.platform.SlowDownException;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

/** A used-up public budget ({@link SlowDownException}, or status 429 from anywhere) has its own page. */
class SlowDownPageTests {

	final ExceptionAdvice advice = new ExceptionAdvice(new StaticMessageSource());

	@Test
	void status429ShowsTheSlowDownPage() {
		assertThat(ErrorPages.view(429)).isEqualTo("platform/error/429");
		assertThat(ErrorPages.view(418)).isEqualTo("platform/error/other");
	}

	@Test
	void slowDownExceptionRendersThePageWithStatus429() {
		var response = new MockHttpServletResponse();
		Object result = advice.slowDown(new MockHttpServletRequest("POST", "/report"), response);

		assertThat(result).isInstanceOfSatisfying(ModelAndView.class, page -> {
			assertThat(page.getViewName()).isEqualTo("platform/error/429");
			assertThat(page.getStatus().value()).isEqualTo(429);
		});
		assertThat(response.getStatus()).isEqualTo(429);
	}

	@Test
	@SuppressWarnings("unchecked")
	void onTheApiItIsProblemJsonWithAStableCode() {
		Object result = advice.slowDown(new MockHttpServletRequest("POST", "/api/v1/reports"),
				new MockHttpServletResponse());

		assertThat(result).isInstanceOf(ResponseEntity.class);
		var problem = (ResponseEntity<ProblemDetail>) result;
		assertThat(problem.getStatusCode().value()).isEqualTo(429);
		assertThat(problem.getBody().getProperties()).containsEntry("code", "KKE-4290");
	}

}
