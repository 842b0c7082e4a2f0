package org.kumkrong.platform.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kumkrong.platform.ApiErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the container sees ends here: a plain page with a reference number (403, 404, 500 and the
 * rest; 429 asks the sender to wait), or RFC 9457 problem JSON with a stable code on {@code /api/**}. No stack trace, SQL, exception
 * text or personal data ever reaches the client; the reference number finds the details in the log.
 */
@Controller
class ErrorPages implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	@RequestMapping("/error")
	@PreAuthorize("permitAll()")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		int status = statusOf(request);
		String reference = reference(request);
		Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (status >= 500) {
			log.error("Error {} on {} {}", reference, request.getMethod(),
					request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
					exception instanceof Throwable t ? t : null);
		}
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = original == null ? request.getRequestURI() : original.toString();
		if (uri.startsWith(request.getContextPath() + "/api/")) {
			return problem(status, reference);
		}
		response.setStatus(status);
		return new ModelAndView(view(status), Map.of("status", status, "reference", reference),
				HttpStatus.valueOf(status));
	}

	/** The page for a status: its own where one exists, else the general one. */
	static String view(int status) {
		return switch (status) {
			case 403, 404, 429, 500 -> "platform/error/" + status;
			default -> "platform/error/other";
		};
	}

	static ResponseEntity<ProblemDetail> problem(int status, String reference) {
		ApiErrorCode code = ApiErrorCode.forStatus(status);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("https://kumkrong.org/problems/" + code.code()));
		problem.setProperty("code", code.code());
		problem.setProperty("reference", reference);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	static int statusOf(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (status instanceof Integer value && value >= 400 && value <= 599) {
			return value;
		}
		// Someone opened /error directly: there is no error, and nothing to see here.
		return status == null ? 404 : 500;
	}

	static String reference(HttpServletRequest request) {
		Object existing = request.getAttribute(ErrorReferences.ATTRIBUTE);
		if (existing instanceof String value) {
			return value;
		}
		String reference = ErrorReferences.next();
		request.setAttribute(ErrorReferences.ATTRIBUTE, reference);
		return reference;
	}

	/** Short reference numbers that support staff can quote and find in the log. */
	static final class ErrorReferences {

		static final String ATTRIBUTE = "kk.error.reference";

		static String next() {
			return "ERR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		}

		private ErrorReferences() {
		}

	}

}
