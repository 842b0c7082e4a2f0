package org.kumkrong.intake.api;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An RFC 9457 problem ({@code application/problem+json}) with Kumkrong's stable {@code code} and, for
 * invalid input, every problem at once in {@code errors}. Never carries a submitted value.
 */
@Schema(name = "Problem")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(@Schema(example = "https://kumkrong.org/problems/KKE-4000") URI type,
		@Schema(example = "Bad Request") String title, @Schema(example = "400") int status, String detail,
		@Schema(description = "Stable error code (see the table in the API description).", example = "KKE-4000") String code,
		@Schema(description = "A reference to quote to support, when there is one.") String reference,
		List<FieldError> errors) {

	/** One field's problem: its JSON path, stable code and an English explanation. */
	@Schema(name = "FieldError")
	public record FieldError(@Schema(description = "JSON path of the field ($ for the body as a whole).",
			example = "victims[0].ageBand") String field,
			@Schema(example = "KKE-4003") String code,
			@Schema(example = "This is not a known code of its list.") String message) {
	}

}
