package org.kumkrong.intake.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.account.internal.PartnerKeys;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.TestActors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The partner reporting API end to end (SECURITY.md rows 10 and 13): reports stored with their audit
 * entry, idempotent replays, every invalid field named, batches item by item, and each partner seeing only
 * its own reports.
 */
@KumkrongIntegrationTest
class PartnerReportApiTests {

	static final String DEMO_KEY = "kk_DEMO-partner-key-not-for-production-7c1f2a9e4b6d8f0a3c5e7b9d";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PartnerKeys partnerKeys;

	UUID demoKeyId;

	UUID demoAgency;

	@BeforeEach
	void demoPartner() {
		demoKeyId = jdbc.sql("select id from account_api_key where key_prefix = ? and revoked_at is null")
			.param(DEMO_KEY.substring(0, 10)).query(UUID.class).single();
		demoAgency = jdbc.sql("select agency_id from account_api_key where id = ?").param(demoKeyId).query(UUID.class).single();
	}

	// --- one report ---

	@Test
	void storesAReportAndAnswers201WithItsReceiptAndAnAuditEntry() throws Exception {
		String reference = "ESP-" + UUID.randomUUID();
		MockHttpServletResponse response = send(report(reference), key());

		assertThat(response.getStatus()).isEqualTo(201);
		assertThat(response.getContentType()).startsWith("application/json");
		JsonNode receipt = JSON.readTree(response.getContentAsString());
		assertThat(receipt.propertyNames()).containsExactly("id", "reference", "receivedAt", "status");
		assertThat(receipt.get("reference").asString()).matches("RP-\\d{4}-\\d{7}");
		assertThat(receipt.get("status").asString()).isEqualTo("RECEIVED");
		assertThat(receipt.get("receivedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
		UUID id = UUID.fromString(receipt.get("id").asString());
		assertThat(response.getHeader("Location")).isEqualTo("/api/v1/reports/" + id);
		assertThat(response.getHeader(PartnerReportController.REPLAYED)).isNull();

		var row = jdbc.sql("select channel, reporter_kind, partner_agency_id, partner_key_id, danger, priority, province_code, "
				+ "platform_code, victim_age_band, offence_code from intake_report where id = ?").param(id).query().singleRow();
		assertThat(row).containsEntry("channel", "PARTNER").containsEntry("reporter_kind", "PARTNER")
			.containsEntry("partner_agency_id", demoAgency).containsEntry("partner_key_id", demoKeyId)
			.containsEntry("danger", "ONGOING").containsEntry("province_code", "TH-57").containsEntry("platform_code", "TIKTOK")
			.containsEntry("victim_age_band", "AGE_13_15").containsEntry("offence_code", "ONLINE_GROOMING");
		assertThat(auditEntries(id)).isOne();
	}

	@Test
	void replaysTheFirstAnswerForTheSameKeyAndTheSameReport() throws Exception {
		String key = key();
		ObjectNode report = report("ESP-" + UUID.randomUUID());
		MockHttpServletResponse first = send(report, key);
		// The same report with members in another order and other white space is the same request.
		String reordered = "{\n  \"reporterReference\" : " + JSON.writeValueAsString(report.get("reporterReference")) + ",\n"
				+ JSON.writeValueAsString(report.deepCopy().without("reporterReference")).substring(1);
		MockHttpServletResponse second = send(reordered.getBytes(StandardCharsets.UTF_8), key, "application/json");

		assertThat(first.getStatus()).isEqualTo(201);
		assertThat(second.getStatus()).isEqualTo(201);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(second.getHeader("Location")).isEqualTo(first.getHeader("Location"));
		assertThat(second.getHeader(PartnerReportController.REPLAYED)).isEqualTo("true");
		UUID id = idOf(first);
		assertThat(reportsWithReference(report.get("reporterReference").asString())).isOne();
		assertThat(auditEntries(id)).isOne();
	}

	@Test
	void refusesTheSameKeyWithAnotherReport() throws Exception {
		String key = key();
		MockHttpServletResponse first = send(report("ESP-" + UUID.randomUUID()), key);
		MockHttpServletResponse other = send(report("ESP-" + UUID.randomUUID()), key);

		assertThat(first.getStatus()).isEqualTo(201);
		assertThat(auditEntries(idOf(first))).isOne();
		assertThat(other.getStatus()).isEqualTo(422);
		assertProblem(other, "KKE-4221");
	}

	@Test
	void concurrentRequestsWithOneKeyStoreOneReportAndGetItsAnswerOrAConflict() throws Exception {
		String key = key();
		String reference = "ESP-" + UUID.randomUUID();
		byte[] body = JSON.writeValueAsBytes(report(reference));
		int threads = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < threads; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return send(body, key, "application/json");
				}));
			}
			start.countDown();
			List<MockHttpServletResponse> responses = new ArrayList<>();
			for (Future<MockHttpServletResponse> answer : answers) {
				responses.add(answer.get(60, TimeUnit.SECONDS));
			}
			List<MockHttpServletResponse> created = responses.stream()
				.filter(r -> r.getStatus() == 201 && r.getHeader(PartnerReportController.REPLAYED) == null)
				.toList();
			assertThat(created).hasSize(1);
			String original = created.get(0).getContentAsString();
			for (MockHttpServletResponse response : responses) {
				assertThat(response.getStatus()).isIn(201, 409);
				if (response.getStatus() == 201) {
					assertThat(response.getContentAsString()).isEqualTo(original);
				}
				else {
					assertProblem(response, "KKE-4091");
					assertThat(response.getHeader("Retry-After")).isEqualTo("1");
				}
			}
			assertThat(reportsWithReference(reference)).isOne();
			assertThat(auditEntries(idOf(created.get(0)))).isOne();
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void requiresOneWellFormedIdempotencyKey() throws Exception {
		byte[] body = JSON.writeValueAsBytes(report("ESP-" + UUID.randomUUID()));
		List<MockHttpServletRequestBuilder> requests = List.of(
				post("/api/v1/reports").contentType("application/json").content(body),
				post("/api/v1/reports").contentType("application/json").content(body).header("Idempotency-Key", ""),
				post("/api/v1/reports").contentType("application/json").content(body).header("Idempotency-Key", "x".repeat(256)),
				post("/api/v1/reports").contentType("application/json").content(body).header("Idempotency-Key", "ключ-ไทย"),
				post("/api/v1/reports").contentType("application/json").content(body).header("Idempotency-Key", "a\u0000b"),
				post("/api/v1/reports").contentType("application/json").content(body).header("Idempotency-Key", "one", "two"),
				post("/api/v1/reports:batch").contentType("application/json").content("{\"reports\":[]}"));
		for (MockHttpServletRequestBuilder request : requests) {
			MockHttpServletResponse response = mvc.perform(request.header("Authorization", "Bearer " + DEMO_KEY))
				.andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(400);
			assertThat(errors(response)).containsExactly("Idempotency-Key KKE-4008");
		}
		String longest = (key() + "~".repeat(255)).substring(0, 255);
		assertThat(send(body, longest, "application/json").getStatus()).isEqualTo(201);
	}

	@Test
	void namesEveryInvalidFieldAtOnce() throws Exception {
		ObjectNode report = report("ESP-" + UUID.randomUUID());
		set(report, "incidentTypes[0]", "NOT_AN_OFFENCE");
		set(report, "incidentTime", "2999-01-01T00:00:00Z");
		set(report, "location.province", "TH-99");
		set(report, "victims[0].ageBand", "AGE_99");
		set(report, "victims[0].age", 200);
		set(report, "internetDetails[0].type", "TELEPATHY");
		set(report, "reportedPersons[0].ipCaptureEvents[0].ip", "999.1.1.1");
		set(report, "files[0].sha256", "not-a-hash");
		set(report, "platform", "MYSPACE");
		MockHttpServletResponse response = send(report, key());

		assertThat(response.getStatus()).isEqualTo(400);
		assertProblem(response, "KKE-4000");
		assertThat(errors(response)).containsExactlyInAnyOrder("incidentTypes[0] KKE-4003", "incidentTime KKE-4006",
				"location.province KKE-4003", "victims[0].ageBand KKE-4003", "victims[0].age KKE-4006",
				"internetDetails[0].type KKE-4003", "reportedPersons[0].ipCaptureEvents[0].ip KKE-4004",
				"files[0].sha256 KKE-4004", "platform KKE-4003");
		JsonNode first = JSON.readTree(response.getContentAsString()).get("errors").get(0);
		assertThat(first.get("message").asString()).isNotBlank().doesNotContain("intake.problem");
	}

	/**
	 * Each field with a missing, oversized, malformed, wrongly typed or hostile value: refused with a
	 * problem whose errors name that field. {@code $NUL}, {@code $SURROGATE} and {@code $LONG:n} stand for
	 * values a CSV cannot hold.
	 */
	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			incidentTypes              | $REMOVE                        | incidentTypes                              | KKE-4001
			incidentTypes              | $EMPTY_ARRAY                   | incidentTypes                              | KKE-4001
			incidentTypes[0]           | ' OR '1'='1' --                | incidentTypes[0]                           | KKE-4003
			incidentTypes[0]           | <script>alert(1)</script>      | incidentTypes[0]                           | KKE-4003
			incidentTypes              | $STRING:ONLINE_GROOMING        | incidentTypes                              | KKE-4007
			incidentTime               | yesterday                      | incidentTime                               | KKE-4004
			incidentTime               | $NUMBER:1700000000             | incidentTime                               | KKE-4007
			incidentTime               | 1989-12-31T23:59:59Z           | incidentTime                               | KKE-4006
			description                | $LONG:10001                    | description                                | KKE-4002
			description                | $NUL                           | description                                | KKE-4004
			description                | $SURROGATE                     | description                                | KKE-4004
			description                | $NUMBER:12                     | description                                | KKE-4007
			childInImminentDanger.value | $STRING:yes                   | childInImminentDanger.value                | KKE-4007
			childInImminentDanger.reason | $LONG:2001                   | childInImminentDanger.reason               | KKE-4002
			ongoingContact             | $STRING:true                   | ongoingContact                             | KKE-4007
			location.country           | Thailand                       | location.country                           | KKE-4004
			location.province          | 1; DROP TABLE intake_report; --| location.province                          | KKE-4003
			internetDetails[0].type    | $REMOVE                        | internetDetails[0].type                    | KKE-4001
			internetDetails[0].value   | $LONG:2049                     | internetDetails[0].value                   | KKE-4002
			internetDetails[0].value   | $NUL                           | internetDetails[0].value                   | KKE-4004
			internetDetails[0].room    | $SURROGATE                     | internetDetails[0].room                    | KKE-4004
			reportedPersons[0].screenNames[0] | $LONG:201               | reportedPersons[0].screenNames[0]          | KKE-4002
			reportedPersons[0].profileUrls[0] | javascript:alert(1)     | reportedPersons[0].profileUrls[0]          | KKE-4004
			reportedPersons[0].emails[0] | not-an-address               | reportedPersons[0].emails[0]               | KKE-4004
			reportedPersons[0].phones[0] | <script>                     | reportedPersons[0].phones[0]               | KKE-4004
			reportedPersons[0].ipCaptureEvents[0].ip | $NUL             | reportedPersons[0].ipCaptureEvents[0].ip   | KKE-4004
			reportedPersons[0].ipCaptureEvents[0].at | $REMOVE          | reportedPersons[0].ipCaptureEvents[0].at   | KKE-4001
			victims[0].age             | $STRING:ten                    | victims[0].age                             | KKE-4007
			victims[0].age             | $NUMBER:10.5                   | victims[0].age                             | KKE-4007
			victims[0].age             | $NUMBER:99999999999999999999   | victims[0].age                             | KKE-4006
			victims[0].age             | $NUMBER:-1                     | victims[0].age                             | KKE-4006
			victims[0].ageBand         | AGE_99                         | victims[0].ageBand                         | KKE-4003
			victims[0].sex             | $NUL                           | victims[0].sex                             | KKE-4003
			victims[0]                 | $NULL                          | victims[0]                                 | KKE-4001
			victims                    | $STRING:many                   | victims                                    | KKE-4007
			files[0].name              | $LONG:256                      | files[0].name                              | KKE-4002
			files[0].sha256            | $REMOVE                        | files[0].sha256                            | KKE-4001
			files[0].md5               | 123                            | files[0].md5                               | KKE-4004
			files[0].pdq               | $SURROGATE                     | files[0].pdq                               | KKE-4004
			files[0].classification    | Z9                             | files[0].classification                    | KKE-4003
			files[0].annotations[0]    | DROP TABLE                     | files[0].annotations[0]                    | KKE-4003
			platform                   | $NUL                           | platform                                   | KKE-4003
			platform                   | $STRING_ARRAY                  | platform                                   | KKE-4007
			reporterReference          | $LONG:201                      | reporterReference                          | KKE-4002
			reporterReference          | $NUL                           | reporterReference                          | KKE-4004
			descripton                 | a typo                         | descripton                                 | KKE-4007
			victims[0].name            | Somchai                        | victims[0].name                            | KKE-4007
			""")
	void refusesEachInvalidFieldByName(String path, String value, String field, String code) throws Exception {
		String reference = "ESP-" + UUID.randomUUID();
		ObjectNode report = report(reference);
		set(report, path, value(value.strip()));
		MockHttpServletResponse response = send(report, key());

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(errors(response)).contains(field.strip() + " " + code.strip());
		// Counted by the reference the report had before it was spoilt (PostgreSQL takes no NUL in a parameter).
		assertThat(reportsWithReference(reference)).isZero();
	}

	@Test
	void storesHostileLookingTextAsPlainWords() throws Exception {
		// Free text may quote anything a reported person wrote: it is stored as data (encrypted, bound as a
		// parameter), never executed, so markup and SQL in a description are not errors.
		ObjectNode report = report("ESP-" + UUID.randomUUID());
		set(report, "description", "<script>alert(1)</script> '; DROP TABLE intake_report; -- ไทย 😀");
		MockHttpServletResponse response = send(report, key());

		assertThat(response.getStatus()).isEqualTo(201);
		assertThat(auditEntries(idOf(response))).isOne();
	}

	@Test
	void namesTheFieldWhereTheBytesAreBroken() throws Exception {
		String prefix = "{\"incidentTypes\":[\"ONLINE_GROOMING\"],\"description\":\"";
		byte[] invalidUtf8 = concat(prefix.getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xC3, 0x28 },
				"\"}".getBytes(StandardCharsets.UTF_8));
		assertThat(errors(send(invalidUtf8, key(), "application/json"))).containsExactly("description KKE-4007");
		byte[] rawNul = concat(prefix.getBytes(StandardCharsets.UTF_8), new byte[] { 'a', 0, 'b' },
				"\"}".getBytes(StandardCharsets.UTF_8));
		assertThat(errors(send(rawNul, key(), "application/json"))).containsExactly("description KKE-4007");
		// An encoded surrogate (CESU-8) is not UTF-8 either.
		byte[] encodedSurrogate = concat(prefix.getBytes(StandardCharsets.UTF_8),
				new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, "\"}".getBytes(StandardCharsets.UTF_8));
		MockHttpServletResponse surrogate = send(encodedSurrogate, key(), "application/json");
		assertThat(surrogate.getStatus()).isEqualTo(400);
		assertThat(errors(surrogate)).hasSize(1).allMatch(error -> error.endsWith("KKE-4007"));
		assertThat(errors(send("{\"description\":\"a\",\"description\":\"b\"}".getBytes(StandardCharsets.UTF_8), key(),
				"application/json"))).containsExactly("description KKE-4007");
		assertThat(errors(send("{\"incidentTypes\":[\"CSAM\"]} trailing".getBytes(StandardCharsets.UTF_8), key(),
				"application/json"))).containsExactly("$ KKE-4007");
		assertThat(errors(send(new byte[0], key(), "application/json"))).containsExactly("$ KKE-4001");
		assertThat(errors(send("[]".getBytes(StandardCharsets.UTF_8), key(), "application/json")))
			.containsExactly("$ KKE-4007");
		assertThat(errors(send("{\"incidentTypes\":[\"CSAM\"]".getBytes(StandardCharsets.UTF_8), key(), "application/json")))
			.hasSize(1);
		String deep = "{\"victims\":" + "[".repeat(40) + "]".repeat(40) + "}";
		assertThat(send(deep.getBytes(StandardCharsets.UTF_8), key(), "application/json").getStatus()).isEqualTo(400);
		// UTF-16 is JSON the parser could guess, but not the UTF-8 RFC 8259 requires.
		assertThat(errors(send("{\"incidentTypes\":[\"CSAM\"]}".getBytes(StandardCharsets.UTF_16), key(), "application/json")))
			.containsExactly("$ KKE-4007");
	}

	@Test
	void refusesWrongMediaTypesAndHugeBodiesAsProblems() throws Exception {
		byte[] body = JSON.writeValueAsBytes(report("ESP-" + UUID.randomUUID()));
		MockHttpServletResponse text = send(body, key(), "text/plain");
		assertThat(text.getStatus()).isEqualTo(415);
		assertProblem(text, "KKE-4150");
		MockHttpServletResponse latin1 = send(body, key(), "application/json;charset=ISO-8859-1");
		assertThat(latin1.getStatus()).isEqualTo(415);
		assertProblem(latin1, "KKE-4150");
		MockHttpServletResponse none = mvc.perform(post("/api/v1/reports").content(body)
			.header("Authorization", "Bearer " + DEMO_KEY).header("Idempotency-Key", key())).andReturn().getResponse();
		assertThat(none.getStatus()).isEqualTo(415);

		ObjectNode huge = report("ESP-" + UUID.randomUUID());
		set(huge, "description", "x".repeat(PartnerReportController.MAX_REPORT_BYTES));
		MockHttpServletResponse tooLarge = send(huge, key());
		assertThat(tooLarge.getStatus()).isEqualTo(413);
		assertProblem(tooLarge, "KKE-4130");
		assertThat(send(body, key(), "application/json; charset=utf-8").getStatus()).isEqualTo(201);
	}

	// --- batches ---

	@Test
	void acceptsAndRefusesEachReportOfABatchOnItsOwnAndReplaysTheAnswer() throws Exception {
		String key = key();
		String good1 = "ESP-" + UUID.randomUUID();
		String good2 = "ESP-" + UUID.randomUUID();
		ObjectNode bad = report("ESP-" + UUID.randomUUID());
		set(bad, "victims[0].ageBand", "AGE_99");
		set(bad, "nonsense", "x");
		ObjectNode spoilt = report("ESP-" + UUID.randomUUID());
		set(spoilt, "description", value("$SURROGATE"));
		ObjectNode batch = batch(report(good1), bad, report(good2), spoilt);

		MockHttpServletResponse answer = sendBatch(batch, key);
		assertThat(answer.getStatus()).isEqualTo(200);
		JsonNode results = JSON.readTree(answer.getContentAsString()).get("results");
		assertThat(results).hasSize(4);
		assertThat(results.get(0).get("index").asInt()).isZero();
		assertThat(results.get(0).get("reference").asString()).matches("RP-\\d{4}-\\d{7}");
		assertThat(results.get(0).has("problem")).isFalse();
		assertThat(results.get(1).has("id")).isFalse();
		JsonNode problem = results.get(1).get("problem");
		assertThat(problem.get("code").asString()).isEqualTo("KKE-4000");
		List<String> itemErrors = new ArrayList<>();
		problem.get("errors").forEach(e -> itemErrors.add(e.get("field").asString() + " " + e.get("code").asString()));
		assertThat(itemErrors).containsExactly("nonsense KKE-4007");
		assertThat(results.get(2).get("status").asString()).isEqualTo("RECEIVED");
		assertThat(results.get(3).get("problem").get("errors").get(0).get("field").asString()).isEqualTo("description");
		UUID first = UUID.fromString(results.get(0).get("id").asString());
		UUID third = UUID.fromString(results.get(2).get("id").asString());
		assertThat(auditEntries(first)).isOne();
		assertThat(auditEntries(third)).isOne();

		MockHttpServletResponse replay = sendBatch(batch, key);
		assertThat(replay.getStatus()).isEqualTo(200);
		assertThat(replay.getContentAsString()).isEqualTo(answer.getContentAsString());
		assertThat(replay.getHeader(PartnerReportController.REPLAYED)).isEqualTo("true");
		assertThat(sendBatch(batch(report(good1)), key).getStatus()).isEqualTo(422);
		assertThat(reportsWithReference(good1)).isOne();
		assertThat(reportsWithReference(good2)).isOne();
	}

	@Test
	void aBatchInterruptedBeforeItsAnswerWasStoredKeepsTheReportsAlreadyStored() throws Exception {
		String key = key();
		String reference = "ESP-" + UUID.randomUUID();
		ObjectNode batch = batch(report(reference), report("ESP-" + UUID.randomUUID()));
		MockHttpServletResponse answer = sendBatch(batch, key);
		assertThat(answer.getStatus()).isEqualTo(200);
		// What a crash between the last item's commit and the batch answer's commit leaves behind: every item's
		// answer under its derived key, none under the batch key.
		assertThat(jdbc.sql("delete from intake_idempotency where client_id = ? and idem_key = ?").params(demoAgency, key)
			.update()).isOne();

		MockHttpServletResponse retry = sendBatch(batch, key);
		assertThat(retry.getStatus()).isEqualTo(200);
		assertThat(retry.getContentAsString()).isEqualTo(answer.getContentAsString());
		assertThat(reportsWithReference(reference)).isOne();
		UUID id = UUID.fromString(JSON.readTree(answer.getContentAsString()).get("results").get(0).get("id").asString());
		assertThat(auditEntries(id)).isOne();
	}

	@Test
	void refusesEmptyOversizedAndMalformedBatches() throws Exception {
		assertThat(errors(sendBatch(JSON.readTree("{\"reports\":[]}"), key()))).containsExactly("reports KKE-4001");
		assertThat(errors(sendBatch(JSON.readTree("{}"), key()))).containsExactly("reports KKE-4001");
		assertThat(errors(sendBatch(JSON.readTree("{\"reports\":{}}"), key()))).containsExactly("reports KKE-4007");
		assertThat(errors(sendBatch(JSON.readTree("{\"reports\":[],\"extra\":1}"), key()))).containsExactly("extra KKE-4007");
		ArrayNode many = JSON.createArrayNode();
		for (int i = 0; i <= PartnerReportController.MAX_BATCH_ITEMS; i++) {
			many.add(JSON.createObjectNode());
		}
		ObjectNode tooMany = JSON.createObjectNode();
		tooMany.set("reports", many);
		assertThat(errors(sendBatch(tooMany, key()))).containsExactly("reports KKE-4005");
		MockHttpServletResponse staff = mvc.perform(post("/api/v1/reports:batch").contentType("application/json")
			.content("{\"reports\":[]}").header("Idempotency-Key", key()).with(TestActors.staff(Permission.values()))
			.with(csrf())).andReturn().getResponse();
		assertThat(staff.getStatus()).isEqualTo(403);
	}

	@Test
	void theBatchPathIsAPathSegmentOfItsOwn() {
		// Why the security chain names "/api/v1/reports:batch" next to "/api/v1/reports/**".
		var parser = org.springframework.web.util.pattern.PathPatternParser.defaultInstance;
		var batchPath = org.springframework.http.server.PathContainer.parsePath("/api/v1/reports:batch");
		assertThat(parser.parse("/api/v1/reports/**").matches(batchPath)).isFalse();
		assertThat(parser.parse("/api/v1/reports:batch").matches(batchPath)).isTrue();
		assertThat(parser.parse("/api/v1/reports/{id}").matches(batchPath)).isFalse();
	}

	// --- reading back, and who may ---

	@Test
	void aPartnerSeesOnlyItsOwnReports() throws Exception {
		UUID otherAgency = jdbc.sql("select id from directory_agency where id <> ? order by name_en fetch first 1 rows only")
			.param(demoAgency).query(UUID.class).single();
		String otherKey = partnerKeys.issue(otherAgency, "Second test platform " + UUID.randomUUID()).key();
		MockHttpServletResponse mine = send(report("ESP-" + UUID.randomUUID()), key());
		UUID id = idOf(mine);
		assertThat(auditEntries(id)).isOne();

		MockHttpServletResponse own = mvc.perform(get("/api/v1/reports/" + id).header("Authorization", "Bearer " + DEMO_KEY))
			.andReturn().getResponse();
		assertThat(own.getStatus()).isEqualTo(200);
		JsonNode view = JSON.readTree(own.getContentAsString());
		assertThat(view.get("status").asString()).isEqualTo("RECEIVED");
		assertThat(view.get("incidentTypes").get(0).asString()).isEqualTo("ONLINE_GROOMING");
		assertThat(view.has("description")).isFalse();

		MockHttpServletResponse foreign = mvc.perform(get("/api/v1/reports/" + id).header("Authorization", "Bearer " + otherKey))
			.andReturn().getResponse();
		assertThat(foreign.getStatus()).isEqualTo(404);
		assertProblem(foreign, "KKE-4040");
		assertThat(foreign.getContentAsString()).isEqualTo(mvc.perform(get("/api/v1/reports/" + UUID.randomUUID())
			.header("Authorization", "Bearer " + otherKey)).andReturn().getResponse().getContentAsString());

		JsonNode otherList = JSON.readTree(mvc.perform(get("/api/v1/reports").header("Authorization", "Bearer " + otherKey))
			.andReturn().getResponse().getContentAsString());
		assertThat(otherList.get("total").asLong()).isZero();
		assertThat(otherList.get("reports")).isEmpty();

		JsonNode page = JSON.readTree(mvc.perform(get("/api/v1/reports").param("size", "2")
			.header("Authorization", "Bearer " + DEMO_KEY)).andReturn().getResponse().getContentAsString());
		assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(page.get("size").asInt()).isEqualTo(2);
		assertThat(page.get("reports").size()).isBetween(1, 2);
		List<java.time.Instant> received = new ArrayList<>();
		page.get("reports").forEach(r -> received.add(java.time.Instant.parse(r.get("receivedAt").asString())));
		assertThat(received).isSortedAccordingTo(Collections.reverseOrder());
		String since = JSON.readTree(mine.getContentAsString()).get("receivedAt").asString();
		JsonNode recent = JSON.readTree(mvc.perform(get("/api/v1/reports").param("since", since)
			.header("Authorization", "Bearer " + DEMO_KEY)).andReturn().getResponse().getContentAsString());
		List<String> ids = new ArrayList<>();
		recent.get("reports").forEach(r -> ids.add(r.get("id").asString()));
		assertThat(ids).contains(id.toString());

		MockHttpServletResponse invalid = mvc.perform(get("/api/v1/reports").param("size", "101").param("page", "-1")
			.param("since", "last week").header("Authorization", "Bearer " + DEMO_KEY)).andReturn().getResponse();
		assertThat(invalid.getStatus()).isEqualTo(400);
		assertThat(errors(invalid)).containsExactlyInAnyOrder("since KKE-4004", "page KKE-4006", "size KKE-4006");
	}

	@Test
	void refusesStaffSessionsAndRequestsWithoutAKey() throws Exception {
		var staff = TestActors.staff(Permission.values());
		MockHttpServletResponse staffRead = mvc.perform(get("/api/v1/reports").with(staff)).andReturn().getResponse();
		assertThat(staffRead.getStatus()).isEqualTo(403);
		assertProblem(staffRead, "KKE-4030");
		MockHttpServletResponse staffWrite = mvc.perform(post("/api/v1/reports").contentType("application/json")
			.content(JSON.writeValueAsBytes(report("ESP-x"))).header("Idempotency-Key", key()).with(staff).with(csrf()))
			.andReturn().getResponse();
		assertThat(staffWrite.getStatus()).isEqualTo(403);

		for (MockHttpServletRequestBuilder request : List.of(get("/api/v1/reports"), get("/api/v1/reports/" + UUID.randomUUID()),
				post("/api/v1/reports").contentType("application/json").content("{}").header("Idempotency-Key", key()),
				post("/api/v1/reports:batch").contentType("application/json").content("{}").header("Idempotency-Key", key()))) {
			MockHttpServletResponse anonymous = mvc.perform(request).andReturn().getResponse();
			assertThat(anonymous.getStatus()).isEqualTo(401);
			assertThat(anonymous.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
			assertProblem(anonymous, "KKE-4010");
		}
		MockHttpServletResponse unknownKey = mvc.perform(get("/api/v1/reports").header("Authorization", "Bearer kk_unknown"))
			.andReturn().getResponse();
		assertThat(unknownKey.getStatus()).isEqualTo(401);
		assertProblem(unknownKey, "KKE-4010");
	}

	// --- the published description ---

	@Test
	void publishesTheOpenApiDocumentAndItsPageToEveryone() throws Exception {
		MockHttpServletResponse document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
		assertThat(document.getStatus()).isEqualTo(200);
		JsonNode api = JSON.readTree(document.getContentAsString());
		assertThat(api.get("paths").propertyNames()).contains("/api/v1/reports", "/api/v1/reports:batch",
				"/api/v1/reports/{id}").allMatch(path -> path.startsWith("/api/v1/"));
		assertThat(api.get("components").get("securitySchemes").get("partnerKey").get("scheme").asString()).isEqualTo("bearer");
		assertThat(api.get("components").get("parameters").get("IdempotencyKey").get("name").asString())
			.isEqualTo("Idempotency-Key");
		JsonNode batchPost = api.get("paths").get("/api/v1/reports:batch").get("post");
		assertThat(batchPost.get("responses").propertyNames()).contains("200", "400", "401", "409", "413", "415", "422");
		assertThat(batchPost.get("parameters").get(0).get("$ref").asString()).endsWith("/IdempotencyKey");
		assertThat(api.get("paths").get("/api/v1/reports/{id}").get("get").get("responses").propertyNames())
			.contains("200", "401", "404");
		String description = api.get("info").get("description").asString();
		for (String code : List.of("KKE-4001", "KKE-4007", "KKE-4008", "KKE-4091", "KKE-4130", "KKE-4221")) {
			assertThat(description).contains(code);
		}
		assertThat(api.get("components").get("schemas").propertyNames()).contains("Report", "Problem", "BatchAnswer");

		MockHttpServletResponse page = mvc.perform(get("/api-docs")).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(302);
		assertThat(page.getRedirectedUrl()).contains("/swagger-ui/index.html");
		MockHttpServletResponse index = mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse();
		assertThat(index.getStatus()).isEqualTo(200);
		assertThat(index.getContentAsString()).doesNotContain("<script>");
		assertThat(index.getHeader("Content-Security-Policy")).contains("script-src 'self'");
		MockHttpServletResponse initializer = mvc.perform(get("/swagger-ui/swagger-initializer.js")).andReturn().getResponse();
		assertThat(initializer.getStatus()).isEqualTo(200);
		assertThat(initializer.getContentAsString()).contains("/v3/api-docs");
	}

	// --- helpers ---

	static String key() {
		return UUID.randomUUID().toString();
	}

	static ObjectNode report(String reporterReference) {
		ObjectNode report = (ObjectNode) JSON.readTree(PartnerApiDocumentation.EXAMPLE_REPORT);
		report.put("reporterReference", reporterReference);
		// Every optional part present, so each field's test has a value to spoil.
		ObjectNode person = (ObjectNode) report.get("reportedPersons").get(0);
		person.putArray("profileUrls").add("https://example.com/u/example_groomer");
		person.putArray("emails").add("groomer@example.com");
		person.putArray("phones").add("+66 81 234 5678");
		((ObjectNode) report.get("internetDetails").get(0)).put("room", "lobby-7");
		ObjectNode file = (ObjectNode) report.get("files").get(0);
		file.put("md5", "d41d8cd98f00b204e9800998ecf8427e");
		file.put("pdq", "f".repeat(64));
		file.put("classification", "A1");
		((ObjectNode) report.get("childInImminentDanger")).put("reason", "Asked to meet this week");
		return report;
	}

	static ObjectNode batch(JsonNode... reports) {
		ObjectNode batch = JSON.createObjectNode();
		ArrayNode list = batch.putArray("reports");
		for (JsonNode report : reports) {
			list.add(report);
		}
		return batch;
	}

	MockHttpServletResponse send(JsonNode report, String key) throws Exception {
		String text = JSON.writeValueAsString(report).replace(LONE_SURROGATE, "\\ud800");
		return send(text.getBytes(StandardCharsets.UTF_8), key, "application/json");
	}

	MockHttpServletResponse send(byte[] body, String key, String contentType) throws Exception {
		return mvc.perform(post("/api/v1/reports").contentType(contentType).content(body)
			.header("Authorization", "Bearer " + DEMO_KEY).header("Idempotency-Key", key)).andReturn().getResponse();
	}

	MockHttpServletResponse sendBatch(JsonNode batch, String key) throws Exception {
		String text = JSON.writeValueAsString(batch).replace(LONE_SURROGATE, "\\ud800");
		return mvc.perform(post("/api/v1/reports:batch").contentType("application/json").content(text.getBytes(StandardCharsets.UTF_8))
			.header("Authorization", "Bearer " + DEMO_KEY).header("Idempotency-Key", key)).andReturn().getResponse();
	}

	/** The problem's errors as "field code". */
	static List<String> errors(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
		JsonNode problem = JSON.readTree(response.getContentAsString());
		assertThat(problem.get("code").asString()).isEqualTo("KKE-4000");
		List<String> errors = new ArrayList<>();
		problem.get("errors").forEach(error -> errors.add(error.get("field").asString() + " " + error.get("code").asString()));
		return errors;
	}

	static void assertProblem(MockHttpServletResponse response, String code) throws Exception {
		assertThat(response.getContentType()).startsWith("application/problem+json");
		String body = response.getContentAsString();
		JsonNode problem = JSON.readTree(body);
		assertThat(problem.get("code").asString()).isEqualTo(code);
		assertThat(problem.get("status").asInt()).isEqualTo(response.getStatus());
		assertThat(problem.get("type").asString()).endsWith(code);
		assertThat(problem.has("title")).isTrue();
		assertThat(body).doesNotContain("Exception").doesNotContain("at org.");
	}

	static UUID idOf(MockHttpServletResponse response) throws Exception {
		return UUID.fromString(JSON.readTree(response.getContentAsString()).get("id").asString());
	}

	long auditEntries(UUID reportId) {
		return jdbc.sql("select count(*) from audit_entry where action = 'intake.report.received' and record_id = ? "
				+ "and actor_id = ? and agency_id = ? and outcome = 'SUCCESS'")
			.params(reportId.toString(), demoKeyId, demoAgency).query(Long.class).single();
	}

	long reportsWithReference(String reference) {
		return jdbc.sql("select count(*) from intake_report where partner_reference = ?").param(reference)
			.query(Long.class).single();
	}

	/** The special values of the field table. */
	static Object value(String value) {
		if (value.startsWith("$LONG:")) {
			return "x".repeat(Integer.parseInt(value.substring(6)));
		}
		if (value.startsWith("$STRING:")) {
			return value.substring(8);
		}
		if (value.startsWith("$NUMBER:")) {
			return JSON.readTree(value.substring(8));
		}
		return switch (value) {
			case "$NUL" -> "a\u0000b";
			case "$SURROGATE" -> "a" + LONE_SURROGATE + "b";
			case "$REMOVE" -> Remove.INSTANCE;
			case "$NULL" -> JSON.nullNode();
			case "$EMPTY_ARRAY" -> JSON.createArrayNode();
			case "$STRING_ARRAY" -> JSON.createArrayNode().add("TIKTOK");
			default -> value;
		};
	}

	/** Stands for a JSON escape of the lone surrogate U+D800 in the JSON text (a lone surrogate cannot be written as UTF-8). */
	static final String LONE_SURROGATE = "__LONE_SURROGATE__";

	enum Remove {
		INSTANCE
	}

	/** Sets (or removes) the value at a path such as {@code victims[0].age} in a report. */
	static void set(ObjectNode root, String path, Object value) {
		String[] steps = path.split("\\.");
		JsonNode node = root;
		for (int i = 0; i < steps.length; i++) {
			String step = steps[i];
			boolean last = i == steps.length - 1;
			String name = step.contains("[") ? step.substring(0, step.indexOf('[')) : step;
			Integer index = step.contains("[") ? Integer.parseInt(step.substring(step.indexOf('[') + 1, step.indexOf(']'))) : null;
			ObjectNode object = (ObjectNode) node;
			if (index == null) {
				if (last) {
					put(object, name, value);
					return;
				}
				node = object.get(name);
			}
			else {
				ArrayNode array = (ArrayNode) object.get(name);
				if (last) {
					if (value instanceof Remove) {
						array.remove(index);
					}
					else {
						array.set(index, JSON.valueToTree(value));
					}
					return;
				}
				node = array.get(index);
			}
		}
	}

	private static void put(ObjectNode object, String name, Object value) {
		if (value instanceof Remove) {
			object.remove(name);
		}
		else {
			object.set(name, JSON.valueToTree(value));
		}
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

}
