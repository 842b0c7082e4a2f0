package org.kumkrong.intake.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.kumkrong.intake.internal.PartnerFiles;
import org.kumkrong.intake.internal.SubmissionProblem;
import org.kumkrong.intake.internal.SubmissionProblem.Kind;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.ApiErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The upload step of the partner API (after the CyberTipline's): the partner sends, one request per file,
 * the bytes of a file it declared in a report, and Kumkrong keeps it if it is what was declared.
 * <p>
 * The body is the file itself ({@code application/octet-stream}), read here from the request's own input
 * stream straight into the encrypted file store: no message converter, no multipart parsing, no copy of
 * the whole file in memory or in a temporary file. The handler takes no {@code @RequestBody} and its
 * parameters come from the address and the headers, so nothing in Spring MVC reads the body before it.
 */
@RestController
@PreAuthorize("hasAuthority('KK_PARTNER')")
@Tag(name = "Reports")
@SecurityRequirement(name = PartnerApiDocumentation.BEARER)
class PartnerFileController {

	static final String PATH = "/api/v1/reports/{id}/files";

	private static final Logger log = LoggerFactory.getLogger(PartnerFileController.class);

	private static final Pattern HEX64 = Pattern.compile("[0-9a-fA-F]{64}");

	private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");

	private static final int MAX_NAME = 255;

	private final PartnerFiles files;

	private final PartnerJson json;

	private final PartnerProblems problems;

	PartnerFileController(PartnerFiles files, PartnerJson json, PartnerProblems problems) {
		this.files = files;
		this.json = json;
		this.problems = problems;
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
	@Operation(summary = "Upload a file you declared in a report",
			description = """
					The body is the file's bytes (Content-Type: application/octet-stream), one file per request, at most \
					100 MB unless configured otherwise. Name the declared file with exactly one of `index` (its position \
					in the report's `files`, from 0) or `name` (its declared name, exactly). Only the partner that sent \
					the report may upload to it; for anyone else the report does not exist (404).

					Kumkrong computes SHA-256, SHA-1 and MD5 while receiving and keeps the file only if the SHA-256 (and \
					the MD5, if declared) equals the declaration, and if its content, judged by its bytes and never by \
					its name, is a PNG or JPEG image (not a pixel flood), UTF-8 text without NUL bytes (chat exports as \
					.txt, .json, .html), a PDF, a ZIP-based file, an MP4 (ftyp) or a WebM/Matroska video. Anything \
					refused is deleted before the answer: send the right file again.

					Checks, in order: report (404), declared file (422 KKE-4223/4224), a stated hash against the \
					declaration (422 KKE-4222, nothing read), size (413 KKE-4130), hashes (422 KKE-4222 naming \
					`files[i].sha256` or `files[i].md5`), kind (415 KKE-4151; 422 KKE-4225 for a pixel flood, KKE-4226 \
					for an unreadable image).

					A declared file is kept once. Uploading it again is safe: the bytes are checked the same way and, \
					being the declared ones, answered 200 with the file already kept (header Idempotent-Replayed: true); \
					so after a lost answer, simply send the file again. No Idempotency-Key is needed.""",
			parameters = {
					@Parameter(name = "index", in = ParameterIn.QUERY, description = "The declared file's position in the "
							+ "report's files, from 0. Give this or name.", schema = @Schema(type = "integer", minimum = "0")),
					@Parameter(name = "name", in = ParameterIn.QUERY, description = "The declared file's name, exactly as "
							+ "declared. Give this or index.", schema = @Schema(type = "string", maxLength = 255),
							example = "chat.png"),
					@Parameter(name = PartnerFiles.SHA256_HEADER, in = ParameterIn.HEADER, description = "Optional: the "
							+ "file's SHA-256 (64 hex digits, or base64). If it differs from the declared one the upload is "
							+ "refused before it is read.", schema = @Schema(type = "string")),
					@Parameter(name = PartnerFiles.MD5_HEADER, in = ParameterIn.HEADER, description = "Optional: the "
							+ "file's MD5 (32 hex digits, or base64 as in Content-MD5), checked on arrival.",
							schema = @Schema(type = "string")) },
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The file's bytes.", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
							schema = @Schema(type = "string", format = "binary"))),
			responses = {
					@ApiResponse(responseCode = "201", description = "Kept",
							content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
									schema = @Schema(implementation = UploadedFile.class))),
					@ApiResponse(responseCode = "200", description = "This declared file was kept before, with these "
							+ "bytes: the file kept (header Idempotent-Replayed: true); nothing new is kept",
							content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
									schema = @Schema(implementation = UploadedFile.class))) })
	ResponseEntity<String> upload(@PathVariable("id") String id, @Parameter(hidden = true) HttpServletRequest request)
			throws IOException {
		List<SubmissionProblem> invalid = new ArrayList<>();
		Integer index = index(request.getParameterValues("index"), invalid);
		String name = name(request.getParameterValues("name"), invalid);
		if (invalid.isEmpty() && (index == null) == (name == null)) {
			invalid.add(SubmissionProblem.of("index", Kind.ONE_OF));
		}
		String sha256 = hash(request, PartnerFiles.SHA256_HEADER, HEX64, 32, invalid);
		String md5 = hash(request, PartnerFiles.MD5_HEADER, HEX32, 16, invalid);
		if (!invalid.isEmpty()) {
			return problems.answer(invalid);
		}
		UUID reportId;
		try {
			reportId = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return notFound();
		}
		PartnerFiles.Upload upload = new PartnerFiles.Upload(index, name, sha256, md5, request.getContentLengthLong());
		PartnerFiles.Outcome outcome;
		try (Body body = new Body(request.getInputStream())) {
			try {
				outcome = files.receive(partner().agencyId(), reportId, upload, body);
			}
			catch (IOException ex) {
				if (!body.failed) {
					throw ex;
				}
				// The partner's connection broke off: nothing was kept, and it is the sender's to retry.
				log.debug("A partner upload broke off", ex);
				return problems.answer(List.of(SubmissionProblem.of(PartnerJson.ROOT, Kind.UNREADABLE)));
			}
		}
		if (outcome instanceof PartnerFiles.Stored stored) {
			return ResponseEntity.status(HttpStatus.CREATED)
				.contentType(MediaType.APPLICATION_JSON)
				.body(json.write(view(stored.file())));
		}
		if (outcome instanceof PartnerFiles.AlreadyStored earlier) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.header(PartnerReportController.REPLAYED, "true")
				.body(json.write(view(earlier.file())));
		}
		if (outcome instanceof PartnerFiles.Refused refused) {
			return refusal(refused);
		}
		return notFound();
	}

	private ResponseEntity<String> refusal(PartnerFiles.Refused refused) {
		return switch (refused.refusal()) {
			case EMPTY -> problems.answer(refused.problems());
			case NOT_AS_DECLARED -> problems.answer(ApiErrorCode.RULE_VIOLATION, "intake.api.file.notAsDeclared",
					refused.problems());
			case TOO_LARGE -> problems.answer(ApiErrorCode.CONTENT_TOO_LARGE, "intake.api.file.tooLarge",
					refused.problems(), files.maxBytes());
			case UNSUPPORTED_KIND -> problems.answer(ApiErrorCode.UNSUPPORTED_MEDIA_TYPE, "intake.api.file.kind",
					refused.problems());
		};
	}

	private static Integer index(String[] values, List<SubmissionProblem> invalid) {
		if (values == null || values.length == 0) {
			return null;
		}
		String value = values[0].strip();
		if (values.length > 1 || !value.matches("-?[0-9]{1,9}")) {
			invalid.add(SubmissionProblem.of("index", Kind.MALFORMED));
			return null;
		}
		int index = Integer.parseInt(value);
		if (index < 0) {
			invalid.add(SubmissionProblem.of("index", Kind.OUT_OF_RANGE));
			return null;
		}
		return index;
	}

	private static String name(String[] values, List<SubmissionProblem> invalid) {
		if (values == null || values.length == 0) {
			return null;
		}
		if (values.length > 1) {
			invalid.add(SubmissionProblem.of("name", Kind.MALFORMED));
			return null;
		}
		if (values[0].isEmpty()) {
			invalid.add(SubmissionProblem.of("name", Kind.MISSING));
			return null;
		}
		if (values[0].length() > MAX_NAME) {
			invalid.add(SubmissionProblem.of("name", Kind.TOO_LONG));
			return null;
		}
		return values[0];
	}

	/** A stated hash as lowercase hex: given as hex digits, or as base64 of its bytes. */
	private static String hash(HttpServletRequest request, String header, Pattern hex, int bytes,
			List<SubmissionProblem> invalid) {
		List<String> values;
		try {
			values = Collections.list(request.getHeaders(header));
		}
		catch (RequestRejectedException ex) {
			// The firewall refuses control characters in header values when they are read.
			invalid.add(SubmissionProblem.of(header, Kind.HEADER));
			return null;
		}
		if (values.isEmpty()) {
			return null;
		}
		String value = values.get(0).strip();
		if (values.size() == 1 && hex.matcher(value).matches()) {
			return value.toLowerCase(Locale.ROOT);
		}
		if (values.size() == 1) {
			try {
				byte[] decoded = Base64.getDecoder().decode(value);
				if (decoded.length == bytes) {
					return HexFormat.of().formatHex(decoded);
				}
			}
			catch (IllegalArgumentException ex) {
				// Neither hex nor base64: refused below.
			}
		}
		invalid.add(SubmissionProblem.of(header, Kind.HEADER));
		return null;
	}

	private ResponseEntity<String> notFound() {
		return problems.answer(ApiErrorCode.NOT_FOUND, "intake.api.notFound");
	}

	private static Actor partner() {
		// The security chain lets only an authenticated partner key reach this controller.
		return Actor.current().orElseThrow(() -> new IllegalStateException("no partner"));
	}

	private static UploadedFile view(PartnerFiles.ReceivedFile file) {
		return new UploadedFile(file.id(), file.reportId(), file.declaredIndex(), file.kind().name(),
				file.kind().mediaType(), file.size(), file.sha256(), file.sha1(), file.md5(), file.width(), file.height(),
				file.receivedAt());
	}

	/** The request body, remembering whether reading it failed (the sender's fault) rather than the disk. */
	private static final class Body extends FilterInputStream {

		private boolean failed;

		Body(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			try {
				return super.read();
			}
			catch (IOException ex) {
				failed = true;
				throw ex;
			}
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			try {
				return super.read(buffer, offset, length);
			}
			catch (IOException ex) {
				failed = true;
				throw ex;
			}
		}

	}

}
