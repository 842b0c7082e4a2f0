package org.kumkrong.platform;

import org.springframework.http.HttpStatus;

/**
 * Stable error codes that API clients can program against (RFC 9457 problem JSON, member {@code code}).
 * Codes are never reused or renumbered; modules add theirs in their own range. {@link #forStatus} picks
 * the first code of a status, so the general code of each status stays listed before its special ones.
 */
public enum ApiErrorCode {

	INVALID_INPUT("KKE-4000", HttpStatus.BAD_REQUEST),
	UNAUTHENTICATED("KKE-4010", HttpStatus.UNAUTHORIZED),
	FORBIDDEN("KKE-4030", HttpStatus.FORBIDDEN),
	NOT_FOUND("KKE-4040", HttpStatus.NOT_FOUND),
	METHOD_NOT_ALLOWED("KKE-4050", HttpStatus.METHOD_NOT_ALLOWED),
	CONFLICT("KKE-4090", HttpStatus.CONFLICT),
	/** The same {@code Idempotency-Key} is being processed by another request right now: retry later. */
	IDEMPOTENCY_KEY_IN_FLIGHT("KKE-4091", HttpStatus.CONFLICT),
	CONTENT_TOO_LARGE("KKE-4130", HttpStatus.CONTENT_TOO_LARGE),
	UNSUPPORTED_MEDIA_TYPE("KKE-4150", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
	RULE_VIOLATION("KKE-4220", HttpStatus.UNPROCESSABLE_CONTENT),
	/** An {@code Idempotency-Key} already answered a request with a different body. */
	IDEMPOTENCY_KEY_REUSED("KKE-4221", HttpStatus.UNPROCESSABLE_CONTENT),
	TOO_MANY_REQUESTS("KKE-4290", HttpStatus.TOO_MANY_REQUESTS),
	INTERNAL("KKE-5000", HttpStatus.INTERNAL_SERVER_ERROR);

	private final String code;

	private final HttpStatus status;

	ApiErrorCode(String code, HttpStatus status) {
		this.code = code;
		this.status = status;
	}

	public String code() {
		return code;
	}

	public HttpStatus status() {
		return status;
	}

	public static ApiErrorCode forStatus(int status) {
		for (ApiErrorCode candidate : values()) {
			if (candidate.status.value() == status) {
				return candidate;
			}
		}
		return status >= 500 ? INTERNAL : INVALID_INPUT;
	}

}
