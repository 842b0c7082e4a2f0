package org.kumkrong.platform.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.kumkrong.platform.ApiErrorCode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of {@code /api/v1/**} ({@code /v3/api-docs}, browsable at {@code /api-docs}): its
 * title and the registry of stable error codes every endpoint may answer. Modules add their own parts
 * (schemes, headers, their codes) with customizers.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI kumkrongApi() {
		String codes = Arrays.stream(ApiErrorCode.values())
			.map(code -> "| `" + code.code() + "` | " + code.status().value() + " | " + meaning(code) + " |")
			.collect(Collectors.joining("\n"));
		return new OpenAPI().info(new Info().title("Kumkrong API")
			.version("v1")
			.description("""
					Partners (platforms, hotlines) report online child sexual exploitation to Kumkrong and follow their
					reports, after the model of NCMEC's CyberTipline reporting API. Every error is RFC 9457 problem JSON
					(`application/problem+json`) with a stable `code` to program against; the text may improve, the
					codes never change meaning.

					## Error codes

					| code | status | meaning |
					|---|---|---|
					""" + codes));
	}

	/** Exhaustive on purpose: a new code does not compile until it is described here. */
	private static String meaning(ApiErrorCode code) {
		return switch (code) {
			case INVALID_INPUT -> "invalid input; `errors` names each field (codes below)";
			case UNAUTHENTICATED -> "no API key, or one that is unknown or revoked";
			case FORBIDDEN -> "this credential may not use this endpoint";
			case NOT_FOUND -> "no such record among those you may see";
			case METHOD_NOT_ALLOWED -> "method not allowed on this path";
			case CONFLICT -> "conflicts with the record's current state";
			case IDEMPOTENCY_KEY_IN_FLIGHT -> "a request with this Idempotency-Key is still being processed; retry";
			case CONTENT_TOO_LARGE -> "the body is larger than the endpoint allows";
			case UNSUPPORTED_MEDIA_TYPE -> "send application/json in UTF-8";
			case RULE_VIOLATION -> "a rule of the record refuses the change";
			case IDEMPOTENCY_KEY_REUSED -> "this Idempotency-Key already answered a different request";
			case TOO_MANY_REQUESTS -> "too many requests; slow down";
			case INTERNAL -> "our fault; quote the reference";
		};
	}

}
