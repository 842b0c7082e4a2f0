package org.kumkrong.intake.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.kumkrong.intake.internal.PartnerIntake;
import org.kumkrong.intake.internal.PartnerIntake.Outcome;
import org.kumkrong.intake.internal.ReportIntake;
import org.kumkrong.intake.internal.StoredReport;
import org.kumkrong.intake.internal.SubmissionProblem;
import org.kumkrong.intake.internal.SubmissionProblem.Kind;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.ApiErrorCode;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partner reporting API (after NCMEC's CyberTipline ESP API): partners send reports one by one or in
 * batches, each request under an {@code Idempotency-Key}, and read back the status of their own reports.
 * Authenticated by a partner API key ({@code Authorization: Bearer}); a staff session is refused by the
 * security chain, and a partner sees only its own agency's reports (another's answer 404, as if absent).
 * <p>
 * Bodies are read here, within a size limit, rather than by a message converter, so that a huge body is
 * refused before it is held, and every problem is answered as problem JSON naming its field.
 */
@RestController
@PreAuthorize("hasAuthority('KK_PARTNER')")
@Tag(name = "Reports", description = "Report online child sexual exploitation and follow your reports.")
@SecurityRequirement(name = PartnerApiDocumentation.BEARER)
class PartnerReportController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	/** Set on an answer that was stored earlier and is given again. */
	static final String REPLAYED = "Idempotent-Replayed";

	static final int MAX_REPORT_BYTES = 1024 * 1024;

	static final int MAX_BATCH_BYTES = 20 * 1024 * 1024;

	static final int MAX_BATCH_ITEMS = 500;

	static final int MAX_PAGE_SIZE = 100;

	private static final MediaType JSON = MediaType.APPLICATION_JSON;

	private final PartnerIntake partners;

	private final PartnerJson json;

	private final PartnerProblems problems;

	PartnerReportController(PartnerIntake partners, PartnerJson json, PartnerProblems problems) {
		this.partners = partners;
		this.json = json;
		this.problems = problems;
	}

	@PostMapping(path = "/api/v1/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Send a report",
			description = "Stores the report and answers 201 with its id and reference once it is committed. The same "
					+ "Idempotency-Key with the same report answers the first answer again (header Idempotent-Replayed: "
					+ "true); with another report 422 (KKE-4221); while the first is still being processed 409 "
					+ "(KKE-4091). A refused report stores nothing: correct it and send it again, under the same key "
					+ "if you like. Body at most 1 MB.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
					mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PartnerReport.class),
					examples = @ExampleObject(name = "grooming", value = PartnerApiDocumentation.EXAMPLE_REPORT))),
			responses = {
					@ApiResponse(responseCode = "201", description = "Stored (or the stored answer, replayed)",
							content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
									schema = @Schema(implementation = ReportReceipt.class))) })
	ResponseEntity<String> submit(@Parameter(hidden = true) HttpServletRequest request) throws IOException {
		Body body = body(request, MAX_REPORT_BYTES);
		if (body.refusal() != null) {
			return body.refusal();
		}
		PartnerJson.Bound<PartnerReport> report = json.bind(body.tree(), PartnerReport.class);
		if (!report.problems().isEmpty()) {
			return problems.answer(report.problems());
		}
		String hash = PartnerIntake.requestHash("report", json.canonical(body.tree()));
		Outcome outcome = partners.submit(partner().agencyId(), body.key(), hash, report.value().toSubmission(),
				this::receipt);
		if (outcome instanceof PartnerIntake.Created created) {
			return ResponseEntity.status(HttpStatus.CREATED)
				.location(location(request, created.reportId()))
				.contentType(JSON)
				.body(created.body());
		}
		if (outcome instanceof PartnerIntake.Replayed replayed) {
			return replay(request, replayed.answer(), true);
		}
		return refusal(outcome);
	}

	@PostMapping(path = "/api/v1/reports:batch", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Send up to 500 reports at once",
			description = "Body {\"reports\": [report, …]} (at most 500 reports, 20 MB). Each report is accepted or refused "
					+ "on its own: a refused report does not undo an accepted one. Answers 200 with one result per "
					+ "report, in order: {index, id, reference, receivedAt, status} or {index, problem}. One "
					+ "Idempotency-Key covers the batch; the answer is stored once every report has one and replayed "
					+ "for the same batch. If a batch is interrupted (timeout, crash), send it again with the same key: "
					+ "reports already stored keep their first answer (same ids), only the rest are submitted. To "
					+ "resend refused reports after correcting them, use a new key.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
					mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = BatchRequest.class))),
			responses = {
					@ApiResponse(responseCode = "200", description = "Every report's result (or the stored answer, replayed)",
							content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
									schema = @Schema(implementation = BatchAnswer.class))) })
	ResponseEntity<String> submitBatch(@Parameter(hidden = true) HttpServletRequest request) throws IOException {
		Body body = body(request, MAX_BATCH_BYTES);
		if (body.refusal() != null) {
			return body.refusal();
		}
		PartnerJson.Bound<BatchRequest> batch = json.bind(body.tree(), BatchRequest.class);
		if (!batch.problems().isEmpty()) {
			return problems.answer(batch.problems());
		}
		List<JsonNode> reports = batch.value().reports();
		if (reports == null || reports.isEmpty()) {
			return problems.answer(List.of(SubmissionProblem.of("reports", Kind.MISSING)));
		}
		if (reports.size() > MAX_BATCH_ITEMS) {
			return problems.answer(List.of(SubmissionProblem.of("reports", Kind.TOO_MANY)));
		}
		List<PartnerIntake.BatchItem> items = new ArrayList<>();
		for (JsonNode node : reports) {
			if (node == null || node.isNull()) {
				items.add(new PartnerIntake.BatchItem(null, null, List.of(SubmissionProblem.of(PartnerJson.ROOT, Kind.MISSING))));
				continue;
			}
			PartnerJson.Bound<PartnerReport> report = json.bind(node, PartnerReport.class);
			items.add(report.problems().isEmpty()
					? new PartnerIntake.BatchItem(PartnerIntake.requestHash("report", json.canonical(node)),
							report.value().toSubmission(), List.of())
					: new PartnerIntake.BatchItem(null, null, report.problems()));
		}
		String hash = PartnerIntake.requestHash("batch", json.canonical(body.tree()));
		Outcome outcome = partners.submitBatch(partner().agencyId(), body.key(), hash, items, this::receipt,
				this::batchAnswer);
		if (outcome instanceof PartnerIntake.Answered answered) {
			return ResponseEntity.ok().contentType(JSON).body(answered.body());
		}
		if (outcome instanceof PartnerIntake.Replayed replayed) {
			return replay(request, replayed.answer(), false);
		}
		return refusal(outcome);
	}

	/** A batch of reports. */
	@Schema(name = "BatchRequest")
	record BatchRequest(@Schema(description = "1 to 500 reports.") List<JsonNode> reports) {
	}

	@GetMapping("/api/v1/reports/{id}")
	@Operation(summary = "Where one of your reports stands",
			responses = {
					@ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = PartnerReportView.class))) })
	ResponseEntity<String> report(@PathVariable String id) {
		UUID reportId;
		try {
			reportId = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return notFound();
		}
		return partners.partnerReport(partner().agencyId(), reportId)
			.map(report -> ResponseEntity.ok().contentType(JSON).body(json.write(view(report))))
			.orElseGet(this::notFound);
	}

	@GetMapping("/api/v1/reports")
	@Operation(summary = "Your reports, newest first",
			responses = {
					@ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = ReportPage.class))) })
	ResponseEntity<String> reports(
			@Parameter(description = "Only reports received at or after this instant (ISO-8601).", example = "2026-03-01T00:00:00Z",
					schema = @Schema(type = "string", format = "date-time")) @RequestParam(required = false) String since,
			@Parameter(description = "Page number, from 0.", schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
			@RequestParam(required = false) String page,
			@Parameter(description = "Reports per page, 1 to 100.", schema = @Schema(type = "integer", minimum = "1",
					maximum = "100", defaultValue = "20")) @RequestParam(required = false) String size) {
		List<SubmissionProblem> invalid = new ArrayList<>();
		Instant from = null;
		if (since != null && !since.isBlank()) {
			try {
				from = Instant.parse(since.strip());
			}
			catch (DateTimeParseException ex) {
				invalid.add(SubmissionProblem.of("since", Kind.MALFORMED));
			}
		}
		int pageNumber = number(page, 0, 0, 1_000_000, "page", invalid);
		int pageSize = number(size, 20, 1, MAX_PAGE_SIZE, "size", invalid);
		if (!invalid.isEmpty()) {
			return problems.answer(invalid);
		}
		PartnerIntake.PartnerPage found = partners.partnerReports(partner().agencyId(), from, pageNumber, pageSize);
		ReportPage answer = new ReportPage(found.reports().stream().map(PartnerReportController::view).toList(),
				pageNumber, pageSize, found.total());
		return ResponseEntity.ok().contentType(JSON).body(json.write(answer));
	}

	// --- the parts every request shares ---

	/** A request's key and parsed body, or the answer that refuses it. */
	private record Body(String key, JsonNode tree, ResponseEntity<String> refusal) {
	}

	private Body body(HttpServletRequest request, int limit) throws IOException {
		List<String> keys;
		try {
			keys = Collections.list(request.getHeaders(IDEMPOTENCY_KEY));
		}
		catch (RequestRejectedException ex) {
			// The firewall refuses control characters in header values when they are read.
			keys = List.of();
		}
		if (keys.size() != 1 || !validKey(keys.get(0))) {
			// Missing, repeated or not 1–255 printable ASCII characters.
			return new Body(null, null, problems.answer(List.of(SubmissionProblem.of(IDEMPOTENCY_KEY, Kind.HEADER))));
		}
		MediaType type = MediaType.parseMediaType(request.getContentType());
		Charset charset = type.getCharset();
		if (charset != null && !StandardCharsets.UTF_8.equals(charset)) {
			return new Body(null, null, problems.answer(ApiErrorCode.UNSUPPORTED_MEDIA_TYPE, "intake.api.mediaType"));
		}
		if (request.getContentLengthLong() > limit) {
			return new Body(null, null, problems.answer(ApiErrorCode.CONTENT_TOO_LARGE, "intake.api.tooLarge", limit));
		}
		byte[] bytes;
		try (InputStream in = request.getInputStream()) {
			// One byte more than allowed tells a too-large body without holding all of it.
			bytes = in.readNBytes(limit + 1);
		}
		if (bytes.length > limit) {
			return new Body(null, null, problems.answer(ApiErrorCode.CONTENT_TOO_LARGE, "intake.api.tooLarge", limit));
		}
		PartnerJson.Tree tree = json.tree(bytes);
		if (!tree.problems().isEmpty()) {
			return new Body(null, null, problems.answer(tree.problems()));
		}
		return new Body(keys.get(0), tree.node(), null);
	}

	static boolean validKey(String key) {
		if (key == null || key.isBlank() || key.length() > 255) {
			return false;
		}
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (c < 0x20 || c > 0x7E) {
				return false;
			}
		}
		return true;
	}

	private static int number(String value, int fallback, int min, int max, String field, List<SubmissionProblem> invalid) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
			invalid.add(SubmissionProblem.of(field, Kind.OUT_OF_RANGE));
		}
		catch (NumberFormatException ex) {
			invalid.add(SubmissionProblem.of(field, Kind.MALFORMED));
		}
		return fallback;
	}

	private static Actor partner() {
		// The security chain lets only an authenticated partner key reach this controller.
		return Actor.current().orElseThrow(() -> new IllegalStateException("no partner"));
	}

	private String receipt(ReportIntake.Submitted submitted) {
		return json.write(new ReportReceipt(submitted.id(), submitted.reference(), submitted.receivedAt(),
				submitted.status().name()));
	}

	private String batchAnswer(List<Outcome> outcomes) {
		List<BatchAnswer.Result> results = new ArrayList<>();
		for (int i = 0; i < outcomes.size(); i++) {
			Outcome outcome = outcomes.get(i);
			if (outcome instanceof PartnerIntake.Refused refused) {
				results.add(BatchAnswer.Result.refused(i, problems.invalid(refused.problems())));
			}
			else {
				String body = outcome instanceof PartnerIntake.Created created ? created.body()
						: ((PartnerIntake.Replayed) outcome).answer().body();
				results.add(BatchAnswer.Result.accepted(i, json.read(body, ReportReceipt.class)));
			}
		}
		return json.write(new BatchAnswer(results));
	}

	private ResponseEntity<String> replay(HttpServletRequest request, PartnerIntake.StoredAnswer answer, boolean report) {
		var replay = ResponseEntity.status(answer.status()).contentType(JSON).header(REPLAYED, "true");
		if (report) {
			replay.location(location(request, json.read(answer.body(), ReportReceipt.class).id()));
		}
		return replay.body(answer.body());
	}

	/** The answers that store nothing: refused, key reused, key in flight. */
	private ResponseEntity<String> refusal(Outcome outcome) {
		if (outcome instanceof PartnerIntake.Refused refused) {
			return problems.answer(refused.problems());
		}
		if (outcome instanceof PartnerIntake.KeyReused) {
			return keyReused();
		}
		if (outcome instanceof PartnerIntake.InFlight) {
			return inFlight();
		}
		throw new IllegalStateException("unexpected outcome " + outcome.getClass().getSimpleName());
	}

	private ResponseEntity<String> keyReused() {
		return problems.answer(ApiErrorCode.IDEMPOTENCY_KEY_REUSED, "intake.api.keyReused");
	}

	private ResponseEntity<String> inFlight() {
		ResponseEntity<String> answer = problems.answer(ApiErrorCode.IDEMPOTENCY_KEY_IN_FLIGHT, "intake.api.inFlight");
		return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, "1")
			.body(answer.getBody());
	}

	private ResponseEntity<String> notFound() {
		return problems.answer(ApiErrorCode.NOT_FOUND, "intake.api.notFound");
	}

	/** Relative, so a forged Host header cannot send a partner elsewhere. */
	private static java.net.URI location(HttpServletRequest request, UUID id) {
		return java.net.URI.create(request.getContextPath() + "/api/v1/reports/" + id);
	}

	private static PartnerReportView view(StoredReport report) {
		return new PartnerReportView(report.id(), report.reference(), report.receivedAt(), report.updatedAt(),
				report.status().name(), report.offenceCodes(), report.partnerReference());
	}

}
