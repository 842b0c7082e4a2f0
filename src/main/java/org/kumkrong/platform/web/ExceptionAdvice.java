package org.kumkrong.platform.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kumkrong.platform.ApiErrorCode;
import org.kumkrong.platform.NotFoundException;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.platform.SlowDownException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns exceptions from controllers into the error page or problem JSON. Access and authentication
 * failures are left to Spring Security; everything unexpected becomes a 500 with a reference number.
 */
@ControllerAdvice
@Order(0)
class ExceptionAdvice {

	private static final Logger log = LoggerFactory.getLogger(ExceptionAdvice.class);

	private final MessageSource messages;

	ExceptionAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void rethrow(RuntimeException ex) {
		throw ex;
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class,
			org.springframework.web.bind.MissingPathVariableException.class })
	Object notFound(HttpServletRequest request, HttpServletResponse response) {
		return render(request, response, HttpStatus.NOT_FOUND, null);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			MethodArgumentNotValidException.class, org.springframework.http.converter.HttpMessageNotReadableException.class,
			org.springframework.web.bind.ServletRequestBindingException.class,
			org.springframework.beans.TypeMismatchException.class,
			org.springframework.web.multipart.MultipartException.class, IllegalArgumentException.class,
			// The firewall checks some parts of a request (header values) only when a handler reads them.
			org.springframework.security.web.firewall.RequestRejectedException.class })
	Object badRequest(HttpServletRequest request, HttpServletResponse response, Exception ex) {
		String detail = null;
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			detail = "Invalid value for " + mismatch.getName();
		}
		else if (ex instanceof MissingServletRequestParameterException missing) {
			detail = "Missing parameter " + missing.getParameterName();
		}
		else if (ex instanceof MethodArgumentNotValidException invalid && invalid.getFieldError() != null) {
			detail = "Invalid value for " + invalid.getFieldError().getField();
		}
		return render(request, response, HttpStatus.BAD_REQUEST, detail);
	}

	/**
	 * Tomcat 11 throws this from {@code getParameter} when it could not read the request's parameters (a
	 * body larger than allowed, too many parameters, broken encoding); an interceptor asking for
	 * {@code ?lang} then meets it even on the error page. It is the sender's fault: 413 or 400, never 500.
	 */
	@ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
	Object unreadableParameters(HttpServletRequest request, HttpServletResponse response,
			org.apache.tomcat.util.http.InvalidParameterException ex) {
		HttpStatus status = ex.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value() ? HttpStatus.CONTENT_TOO_LARGE
				: HttpStatus.BAD_REQUEST;
		return render(request, response, status, null);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpServletRequest request, HttpServletResponse response) {
		return render(request, response, HttpStatus.METHOD_NOT_ALLOWED, null);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object unsupportedMediaType(HttpServletRequest request, HttpServletResponse response) {
		return render(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, null);
	}

	@ExceptionHandler(org.springframework.web.HttpMediaTypeNotAcceptableException.class)
	Object notAcceptable(HttpServletRequest request, HttpServletResponse response) {
		// A client asking for a type we do not make (Accept: application/xml) is its mistake, not a 500.
		return render(request, response, HttpStatus.NOT_ACCEPTABLE, null);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
		return render(request, response, HttpStatus.CONTENT_TOO_LARGE, null);
	}

	/** A public budget is used up: expected under a flood, so not logged (and nothing about the sender is). */
	@ExceptionHandler(SlowDownException.class)
	Object slowDown(HttpServletRequest request, HttpServletResponse response) {
		return render(request, response, HttpStatus.TOO_MANY_REQUESTS, null);
	}

	/** Two people saved the same record at once: the later one is told, nothing is overwritten. */
	@ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
	Object conflict(HttpServletRequest request, HttpServletResponse response) {
		String detail = messages.getMessage("platform.error.conflict", null, "platform.error.conflict",
				LocaleContextHolder.getLocale());
		return render(request, response, HttpStatus.CONFLICT, detail);
	}

	@ExceptionHandler(RuleViolationException.class)
	Object ruleViolation(HttpServletRequest request, HttpServletResponse response, RuleViolationException ex) {
		String detail = messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(),
				LocaleContextHolder.getLocale());
		return render(request, response, HttpStatus.UNPROCESSABLE_CONTENT, detail);
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(HttpServletRequest request, HttpServletResponse response, Exception ex) {
		String reference = ErrorPages.reference(request);
		log.error("Error {} on {} {}", reference, request.getMethod(), request.getRequestURI(), ex);
		return render(request, response, HttpStatus.INTERNAL_SERVER_ERROR, null);
	}

	private Object render(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail) {
		String reference = ErrorPages.reference(request);
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ResponseEntity<ProblemDetail> problem = ErrorPages.problem(status.value(), reference);
			if (detail != null) {
				problem.getBody().setDetail(detail);
			}
			if (status == HttpStatus.UNPROCESSABLE_CONTENT) {
				problem.getBody().setProperty("code", ApiErrorCode.RULE_VIOLATION.code());
			}
			return problem;
		}
		response.setStatus(status.value());
		return new ModelAndView(ErrorPages.view(status.value()), Map.of("status", status.value(), "reference", reference),
				status);
	}

}
