package org.kumkrong.intake.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload larger than the request may be is refused before any controller runs, so only an advice
 * sees it. For the report form's screenshots it shows that page again, saying which question and why
 * (status 413); anywhere else the plain 413 page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

	private final ReportController reports;

	UploadLimitAdvice(ReportController reports) {
		this.reports = reports;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals(ReportStep.MORE.path()) && "POST".equals(request.getMethod())) {
			return reports.uploadTooLarge(request);
		}
		response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		return new ModelAndView();
	}

}
