package org.kumkrong.intake.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.kumkrong.intake.internal.SubmissionProblem;
import org.kumkrong.platform.ApiErrorCode;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The partner API's problems (RFC 9457) with their stable codes and English messages (from
 * {@code messages/intake.properties}: partners program against codes and log the text, so the text does
 * not change with a browser's language).
 */
@Component
class PartnerProblems {

	static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json", StandardCharsets.UTF_8);

	private final MessageSource messages;

	private final PartnerJson json;

	PartnerProblems(MessageSource messages, PartnerJson json) {
		this.messages = messages;
		this.json = json;
	}

	/** Invalid input: 400 naming every field, each with its {@code KKE-400x} code. */
	Problem invalid(List<SubmissionProblem> problems) {
		List<Problem.FieldError> errors = problems.stream()
			.limit(PartnerJson.MAX_PROBLEMS)
			.map(problem -> new Problem.FieldError(apiPath(problem.field()), problem.kind().code(),
					text(problem.messageKey())))
			.toList();
		return problem(ApiErrorCode.INVALID_INPUT, text("intake.api.invalid"), errors);
	}

	/** A refusal with its own code, naming the fields it concerns (a file's hash, its index …). */
	ResponseEntity<String> answer(ApiErrorCode code, String messageKey, List<SubmissionProblem> problems,
			Object... arguments) {
		List<Problem.FieldError> errors = problems.isEmpty() ? null : problems.stream()
			.map(problem -> new Problem.FieldError(problem.field(), problem.kind().code(), text(problem.messageKey())))
			.toList();
		return answer(problem(code, text(messageKey, arguments), errors));
	}

	Problem problem(ApiErrorCode code, String detail, List<Problem.FieldError> errors) {
		return new Problem(URI.create("https://kumkrong.org/problems/" + code.code()), code.status().getReasonPhrase(),
				code.status().value(), detail, code.code(), null, errors);
	}

	ResponseEntity<String> answer(Problem problem) {
		return ResponseEntity.status(problem.status()).contentType(PROBLEM_JSON).body(json.write(problem));
	}

	ResponseEntity<String> answer(List<SubmissionProblem> problems) {
		return answer(invalid(problems));
	}

	ResponseEntity<String> answer(ApiErrorCode code, String messageKey, Object... arguments) {
		return answer(problem(code, text(messageKey, arguments), null));
	}

	String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, Locale.ENGLISH);
	}

	/**
	 * The API's name for a path of the shared report check: a partner sends one {@code platform}, which
	 * intake keeps as a list of platforms.
	 */
	static String apiPath(String path) {
		return path != null && path.startsWith("platforms[0]") ? "platform" + path.substring("platforms[0]".length())
				: path;
	}

}
