package org.kumkrong.intake.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.kumkrong.intake.internal.PartnerFiles;
import org.kumkrong.intake.internal.SubmissionProblem;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * The partner API's part of the OpenAPI document ({@code /v3/api-docs}, browsable at {@code /api-docs}):
 * the Bearer scheme, the {@code Idempotency-Key} header, the shared error answers (and the file upload's
 * own) and the table of field error codes, generated from {@link SubmissionProblem.Kind} so it cannot drift from what the API says.
 */
@Component
class PartnerApiDocumentation implements OpenApiCustomizer {

	static final String BEARER = "partnerKey";

	static final String IDEMPOTENCY_KEY_PARAMETER = "#/components/parameters/IdempotencyKey";

	static final String INVALID_RESPONSE = "#/components/responses/InvalidInput";

	static final String UNAUTHENTICATED_RESPONSE = "#/components/responses/Unauthenticated";

	static final String NOT_FOUND_RESPONSE = "#/components/responses/NotFound";

	static final String IN_FLIGHT_RESPONSE = "#/components/responses/KeyInFlight";

	static final String KEY_REUSED_RESPONSE = "#/components/responses/KeyReused";

	static final String TOO_LARGE_RESPONSE = "#/components/responses/TooLarge";

	static final String MEDIA_TYPE_RESPONSE = "#/components/responses/UnsupportedMediaType";

	static final String FILE_NOT_AS_DECLARED_RESPONSE = "#/components/responses/FileNotAsDeclared";

	static final String FILE_TOO_LARGE_RESPONSE = "#/components/responses/FileTooLarge";

	static final String FILE_KIND_RESPONSE = "#/components/responses/FileKindNotAccepted";

	static final String EXAMPLE_REPORT = """
			{
			  "incidentTypes": ["ONLINE_GROOMING"],
			  "incidentTime": "2026-03-01T14:30:00Z",
			  "description": "An adult account asked a 13-year-old user for images and to move to another app.",
			  "childInImminentDanger": {"value": false},
			  "ongoingContact": true,
			  "location": {"country": "TH", "province": "TH-57"},
			  "internetDetails": [{"type": "USERNAME", "value": "@example_groomer", "app": "TIKTOK"}],
			  "reportedPersons": [{"screenNames": ["example_groomer"],
			    "ipCaptureEvents": [{"ip": "198.51.100.7", "at": "2026-03-01T14:00:00Z", "event": "LOGIN"}]}],
			  "victims": [{"ageBand": "AGE_13_15", "sex": "FEMALE"}],
			  "files": [{"name": "chat.png", "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
			    "annotations": ["SELF_GENERATED"]}],
			  "platform": "TIKTOK",
			  "reporterReference": "ESP-2026-000451"
			}""";

	private static final String INVALID_EXAMPLE = """
			{"type": "https://kumkrong.org/problems/KKE-4000", "title": "Bad Request", "status": 400,
			 "detail": "The request has problems; each is listed in errors.", "code": "KKE-4000",
			 "errors": [{"field": "victims[0].ageBand", "code": "KKE-4003", "message": "This is not a known code of its list."},
			            {"field": "incidentTime", "code": "KKE-4004", "message": "This value is not in the expected form."}]}""";

	private static final String FILE_MISMATCH_EXAMPLE = """
			{"type": "https://kumkrong.org/problems/KKE-4220", "title": "Unprocessable Content", "status": 422,
			 "detail": "The file is not the one declared, so nothing was kept. Each problem is listed in errors.",
			 "code": "KKE-4220",
			 "errors": [{"field": "files[2].sha256", "code": "KKE-4222",
			             "message": "The file received does not have the hash declared for it."}]}""";

	private static final String FILE_KIND_EXAMPLE = """
			{"type": "https://kumkrong.org/problems/KKE-4150", "title": "Unsupported Media Type", "status": 415,
			 "detail": "The file's content is of a kind that is not accepted, so nothing was kept.", "code": "KKE-4150",
			 "errors": [{"field": "files[0]", "code": "KKE-4151",
			             "message": "The file's content is none of the accepted kinds: PNG or JPEG image, UTF-8 text, PDF, ZIP, MP4 or WebM video."}]}""";

	private final PartnerProblems problems;

	private final PartnerJson json;

	private final long fileLimit;

	PartnerApiDocumentation(PartnerProblems problems, PartnerJson json, PartnerFiles files) {
		this.problems = problems;
		this.json = json;
		this.fileLimit = files.maxBytes();
	}

	@Override
	public void customise(OpenAPI api) {
		Components components = api.getComponents() == null ? new Components() : api.getComponents();
		api.components(components);
		components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("bearer")
			.description("A partner API key, issued by a Kumkrong administrator and shown once: "
					+ "`Authorization: Bearer kk_…`. It stands for your agency; you see only your agency's reports."));
		components.addParameters("IdempotencyKey", new Parameter().in("header")
			.name(PartnerReportController.IDEMPOTENCY_KEY)
			.required(true)
			.description("Your unique key for this request (1 to 255 printable ASCII characters; a UUID is a good "
					+ "choice). Send the same key when you retry the same request.")
			.schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x20-\\x7E]{1,255}$"))
			.example("5f0c2a52-6c4e-4a5e-9d1b-0a1f4d3c2b71"));
		components.addResponses("InvalidInput", problem("Invalid input: every problem at once, each naming its field",
				INVALID_EXAMPLE));
		components.addResponses("Unauthenticated", problem("No key, or a key that is unknown or revoked (KKE-4010)", null)
			.addHeaderObject("WWW-Authenticate", new Header().schema(new StringSchema().example("Bearer"))));
		components.addResponses("NotFound", problem("No such report among yours (KKE-4040)", null));
		components.addResponses("KeyInFlight", problem("A request with this key is still being processed: retry later "
				+ "(KKE-4091)", null));
		components.addResponses("KeyReused", problem("This key already answered a different request (KKE-4221)", null));
		components.addResponses("TooLarge", problem("The body is too large: 1 MB for a report, 20 MB for a batch "
				+ "(KKE-4130)", null));
		components.addResponses("UnsupportedMediaType", problem("Send application/json in UTF-8 (KKE-4150)", null));
		components.addResponses("FileNotAsDeclared", problem("Not the file declared: no declared file of this index or "
				+ "name (KKE-4223), a name declared twice (KKE-4224), a hash other than the declared one (KKE-4222, naming "
				+ "files[i].sha256, files[i].md5 or the header), or an image refused before decoding (KKE-4225 pixel flood, "
				+ "KKE-4226 unreadable). Top-level code KKE-4220; nothing was kept", FILE_MISMATCH_EXAMPLE));
		components.addResponses("FileTooLarge", problem("The file is larger than " + megabytes(fileLimit)
				+ " (KKE-4130); nothing was kept", null));
		components.addResponses("FileKindNotAccepted", problem("Not sent as application/octet-stream (KKE-4150), or the "
				+ "content is of no accepted kind (KKE-4150 with KKE-4151 naming files[i]); nothing was kept",
				FILE_KIND_EXAMPLE));
		documentAnswers(api);
		String fieldCodes = Arrays.stream(SubmissionProblem.Kind.values())
			.map(kind -> "| `" + kind.code() + "` | " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " | "
					+ problems.text("intake.problem." + kind.name()) + " |")
			.collect(Collectors.joining("\n"));
		String description = api.getInfo().getDescription() == null ? "" : api.getInfo().getDescription();
		api.getInfo().description(description + """


				## Field error codes

				A 400 answer lists every problem in `errors`, each with `field` (a JSON path such as
				`victims[0].ageBand`; `$` is the body as a whole, `Idempotency-Key` the header), `code` and `message`.
				A file upload's 415 and 422 answers name their field the same way (`files[2].sha256`, `index`, `name`,
				`X-Content-SHA256`).

				| code | kind | meaning |
				|---|---|---|
				""" + fieldCodes + """


				## Idempotency

				Every POST needs an `Idempotency-Key` header. The first answer to a key is kept: the same key with
				the same body gets that answer again (with `Idempotent-Replayed: true`), the same key with another
				body gets 422 `KKE-4221`, and a request made while the first one is still being processed gets 409
				`KKE-4091` (retry after a second). Bodies are compared in canonical form, so white space and the order
				of members do not matter. A report is acknowledged (201) only once it is durably stored; if you get
				no answer, retry with the same key. A refused report stores nothing under its key.

				## Files

				After a report is stored, upload the bytes of each file it declares with
				`POST /api/v1/reports/{id}/files?index=…` (or `?name=…`), body `application/octet-stream`, one file per
				request, at most\s""" + megabytes(fileLimit) + """
				. A file is kept only if its SHA-256 (and MD5, if declared) equals the declaration
				and its content is an accepted kind (PNG, JPEG, UTF-8 text, PDF, ZIP, MP4, WebM), judged by its bytes.
				Uploads need no `Idempotency-Key`: a declared file is kept once, and sending it again answers 200 with
				the file already kept.
				""");
	}

	/**
	 * The answers every partner endpoint shares, stated once here rather than on each handler: 401 on all,
	 * the key header and its answers on the POSTs, 400 where input is read, 404 for one report.
	 */
	private static void documentAnswers(OpenAPI api) {
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().forEach((path, item) -> {
			if (!path.startsWith("/api/v1/reports")) {
				return;
			}
			item.readOperationsMap().forEach((method, operation) -> {
				ApiResponses answers = operation.getResponses();
				answers.addApiResponse("401", new ApiResponse().$ref(UNAUTHENTICATED_RESPONSE));
				if (path.endsWith("/files") && method == PathItem.HttpMethod.POST) {
					// A file's upload is idempotent by its declared file: no key, and answers of its own.
					answers.addApiResponse("400", new ApiResponse().$ref(INVALID_RESPONSE));
					answers.addApiResponse("404", new ApiResponse().$ref(NOT_FOUND_RESPONSE));
					answers.addApiResponse("413", new ApiResponse().$ref(FILE_TOO_LARGE_RESPONSE));
					answers.addApiResponse("415", new ApiResponse().$ref(FILE_KIND_RESPONSE));
					answers.addApiResponse("422", new ApiResponse().$ref(FILE_NOT_AS_DECLARED_RESPONSE));
				}
				else if (method == PathItem.HttpMethod.POST) {
					operation.addParametersItem(new Parameter().$ref(IDEMPOTENCY_KEY_PARAMETER));
					answers.addApiResponse("400", new ApiResponse().$ref(INVALID_RESPONSE));
					answers.addApiResponse("409", new ApiResponse().$ref(IN_FLIGHT_RESPONSE));
					answers.addApiResponse("413", new ApiResponse().$ref(TOO_LARGE_RESPONSE));
					answers.addApiResponse("415", new ApiResponse().$ref(MEDIA_TYPE_RESPONSE));
					answers.addApiResponse("422", new ApiResponse().$ref(KEY_REUSED_RESPONSE));
				}
				else if (path.contains("{id}")) {
					answers.addApiResponse("404", new ApiResponse().$ref(NOT_FOUND_RESPONSE));
				}
				else {
					answers.addApiResponse("400", new ApiResponse().$ref(INVALID_RESPONSE));
				}
			});
		});
	}

	private static String megabytes(long bytes) {
		return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
	}

	private ApiResponse problem(String description, String example) {
		MediaType type = new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"));
		if (example != null) {
			// As an object, so the page shows JSON rather than a quoted string.
			type.addExamples("example", new Example().value(json.read(example, java.util.Map.class)));
		}
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PartnerProblems.PROBLEM_JSON.getType() + "/"
					+ PartnerProblems.PROBLEM_JSON.getSubtype(), type));
	}

}
