package org.kumkrong.intake.api;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.account.internal.PartnerKeys;
import org.kumkrong.intake.ReportFile;
import org.kumkrong.intake.ReportFiles;
import org.kumkrong.intake.internal.PartnerFiles;
import org.kumkrong.platform.EncryptedFiles;
import org.kumkrong.platform.KumkrongProperties;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.TestActors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kumkrong.intake.api.PartnerReportApiTests.DEMO_KEY;
import static org.kumkrong.intake.api.PartnerReportApiTests.JSON;
import static org.kumkrong.intake.api.PartnerReportApiTests.assertProblem;
import static org.kumkrong.intake.api.PartnerReportApiTests.errors;
import static org.kumkrong.intake.api.PartnerReportApiTests.key;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Partners upload the files they declared in a report (SECURITY.md row 11): a file is kept, encrypted and
 * audited, only if its hashes are the declared ones and its content is of an accepted kind; every refusal
 * leaves no row and no stored file. Bodies are streamed from the request's input stream. Test images are
 * generated gradients and shapes; test texts are invented chats.
 */
@KumkrongIntegrationTest
class PartnerFileUploadTests {

	static final String FILES = "/api/v1/reports/{id}/files";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PartnerKeys partnerKeys;

	@Autowired
	EncryptedFiles files;

	@Autowired
	ReportFiles reportFiles;

	@Autowired
	PartnerFiles partnerFiles;

	@Autowired
	KumkrongProperties properties;

	UUID demoKeyId;

	UUID demoAgency;

	@BeforeEach
	void demoPartner() {
		demoKeyId = jdbc.sql("select id from account_api_key where key_prefix = ? and revoked_at is null")
			.param(DEMO_KEY.substring(0, 10)).query(UUID.class).single();
		demoAgency = jdbc.sql("select agency_id from account_api_key where id = ?").param(demoKeyId).query(UUID.class).single();
	}

	// --- kept ---

	@Test
	void keepsADeclaredImageAndAChatExportWithTheirHashesEncryptedAndAudited() throws Exception {
		byte[] png = image(640, 360);
		byte[] chat = chatExport();
		UUID reportId = report(declared("screen-1.png", png, true), declared("chat export.txt", chat, false));

		MockHttpServletResponse image = upload(reportId, png, "index", "0");
		assertThat(image.getStatus()).as(image.getContentAsString()).isEqualTo(201);
		JsonNode kept = JSON.readTree(image.getContentAsString());
		assertThat(kept.get("kind").asString()).isEqualTo("IMAGE_PNG");
		assertThat(kept.get("mediaType").asString()).isEqualTo("image/png");
		assertThat(kept.get("declaredIndex").asInt()).isZero();
		assertThat(kept.get("reportId").asString()).isEqualTo(reportId.toString());
		assertThat(kept.get("size").asLong()).isEqualTo(png.length);
		assertThat(kept.get("sha256").asString()).isEqualTo(hex("SHA-256", png));
		assertThat(kept.get("sha1").asString()).isEqualTo(hex("SHA-1", png));
		assertThat(kept.get("md5").asString()).isEqualTo(hex("MD5", png));
		assertThat(kept.get("width").asInt()).isEqualTo(640);
		assertThat(kept.get("height").asInt()).isEqualTo(360);
		assertThat(kept.has("receivedAt")).isTrue();
		assertThat(image.getHeader(PartnerReportController.REPLAYED)).isNull();

		// By its exact declared name, with the hashes stated in headers (hex and base64).
		MockHttpServletResponse text = mvc.perform(request(reportId, chat).param("name", "chat export.txt")
			.header(PartnerFiles.SHA256_HEADER, hex("SHA-256", chat).toUpperCase())
			.header(PartnerFiles.MD5_HEADER, java.util.Base64.getEncoder().encodeToString(digest("MD5", chat))))
			.andReturn().getResponse();
		assertThat(text.getStatus()).as(text.getContentAsString()).isEqualTo(201);
		JsonNode keptText = JSON.readTree(text.getContentAsString());
		assertThat(keptText.get("kind").asString()).isEqualTo("TEXT");
		assertThat(keptText.get("mediaType").asString()).isEqualTo("text/plain; charset=utf-8");
		assertThat(keptText.get("declaredIndex").asInt()).isOne();
		assertThat(keptText.has("width")).isFalse();

		UUID imageId = UUID.fromString(kept.get("id").asString());
		UUID textId = UUID.fromString(keptText.get("id").asString());
		try (InputStream in = files.open(imageId)) {
			assertThat(in.readAllBytes()).isEqualTo(png);
		}
		try (InputStream in = files.open(textId)) {
			assertThat(in.readAllBytes()).isEqualTo(chat);
		}
		Map<String, Object> row = jdbc.sql("select origin, kind, declared_index, name, content_type, report_id from intake_file where id = ?")
			.param(textId).query().singleRow();
		assertThat(row).containsEntry("origin", "PARTNER").containsEntry("kind", "TEXT").containsEntry("declared_index", 1)
			.containsEntry("report_id", reportId);
		// The declared name is kept encrypted, like everything else a reporter wrote.
		assertThat((String) row.get("name")).isNotBlank().doesNotContain("chat").doesNotContain("export");
		assertThat(audited(imageId)).isOne();
		assertThat(audited(textId)).isOne();
	}

	@Test
	void reportFilesListsTheFilesOfAReportWithoutNamesOrContent() throws Exception {
		byte[] png = image(200, 120);
		byte[] chat = chatExport();
		UUID reportId = report(declared("a.png", png, true), declared("b.json", chat, true), declared("c.pdf", new byte[] { 1 }, false));
		assertThat(reportFiles.of(reportId)).isEmpty();
		assertThat(upload(reportId, chat, "index", "1").getStatus()).isEqualTo(201);
		assertThat(upload(reportId, png, "name", "a.png").getStatus()).isEqualTo(201);

		List<ReportFile> found = reportFiles.of(reportId);
		assertThat(found).hasSize(2);
		assertThat(found).extracting(ReportFile::origin).containsOnly("PARTNER");
		assertThat(found).extracting(ReportFile::declaredIndex).containsExactly(1, 0);
		ReportFile image = found.get(1);
		assertThat(image.mediaType()).isEqualTo("image/png");
		assertThat(image.size()).isEqualTo(png.length);
		assertThat(image.sha256()).isEqualTo(hex("SHA-256", png));
		assertThat(image.sha1()).isEqualTo(hex("SHA-1", png));
		assertThat(image.md5()).isEqualTo(hex("MD5", png));
		assertThat(image.width()).isEqualTo(200);
		assertThat(image.height()).isEqualTo(120);
		assertThat(image.receivedAt()).isNotNull();
		assertThat(found.get(0).mediaType()).isEqualTo("text/plain; charset=utf-8");
		assertThat(found.get(0).width()).isNull();
		// What a caller adopts it with: the store's own id.
		try (InputStream in = files.open(image.fileId())) {
			assertThat(in.readAllBytes()).isEqualTo(png);
		}
		assertThat(java.util.Arrays.stream(ReportFile.class.getRecordComponents()).map(c -> c.getName()))
			.doesNotContain("name", "content");
		assertThat(reportFiles.of(UUID.randomUUID())).isEmpty();
	}

	@Test
	void aSecondUploadOfTheSameFileAnswersTheFileAlreadyKept() throws Exception {
		byte[] png = image(64, 64);
		UUID reportId = report(declared("same.png", png, true));
		MockHttpServletResponse first = upload(reportId, png, "index", "0");
		long stored = storedFiles();
		MockHttpServletResponse again = upload(reportId, png, "name", "same.png");

		assertThat(first.getStatus()).isEqualTo(201);
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(again.getHeader(PartnerReportController.REPLAYED)).isEqualTo("true");
		assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(rows(reportId)).isOne();
		assertThat(storedFiles()).isEqualTo(stored);
		assertThat(audited(UUID.fromString(JSON.readTree(first.getContentAsString()).get("id").asString()))).isOne();
		// Other bytes for the same declared file are still not the declared file.
		MockHttpServletResponse other = upload(reportId, image(65, 64), "index", "0");
		assertThat(other.getStatus()).isEqualTo(422);
		assertThat(storedFiles()).isEqualTo(stored);
	}

	@Test
	void uploadsOfTheSameFileAtOnceKeepOneCopy() throws Exception {
		byte[] png = image(300, 200);
		UUID reportId = report(declared("race.png", png, true));
		long stored = storedFiles();
		int threads = 4;
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		try {
			List<java.util.concurrent.Future<MockHttpServletResponse>> answers = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return upload(reportId, png, "index", "0");
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			List<String> ids = new ArrayList<>();
			for (var answer : answers) {
				MockHttpServletResponse response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
				statuses.add(response.getStatus());
				ids.add(JSON.readTree(response.getContentAsString()).get("id").asString());
			}
			assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 200);
			assertThat(ids).containsOnly(ids.get(0));
			assertThat(rows(reportId)).isOne();
			assertThat(storedFiles()).isEqualTo(stored + 1);
			assertThat(audited(UUID.fromString(ids.get(0)))).isOne();
		}
		finally {
			pool.shutdownNow();
		}
	}

	// --- refused, and nothing kept ---

	@Test
	void refusesAFileWhoseHashesAreNotTheDeclaredOnesNamingTheField() throws Exception {
		byte[] png = image(100, 100);
		byte[] other = image(101, 100);
		ObjectNode wrongMd5 = declared("md5.png", png, true);
		wrongMd5.put("md5", hex("MD5", other));
		UUID reportId = report(declared("x.txt", chatExport(), false), declared("y.txt", chatExport(), false),
				declared("shot.png", png, false), wrongMd5);
		long stored = storedFiles();

		MockHttpServletResponse sha = upload(reportId, other, "index", "2");
		assertThat(sha.getStatus()).isEqualTo(422);
		assertProblem(sha, "KKE-4220");
		assertThat(fieldErrors(sha)).containsExactly("files[2].sha256 KKE-4222");
		MockHttpServletResponse md5 = upload(reportId, png, "index", "3");
		assertThat(fieldErrors(md5)).containsExactly("files[3].md5 KKE-4222");
		MockHttpServletResponse both = upload(reportId, image(102, 100), "index", "3");
		assertThat(fieldErrors(both)).containsExactlyInAnyOrder("files[3].sha256 KKE-4222", "files[3].md5 KKE-4222");

		// A stated hash that contradicts the declaration is refused before a byte is read.
		MockHttpServletResponse stated = mvc.perform(new StreamedUpload(reportId, new Unreadable(), -1).param("index", "2")
			.header(PartnerFiles.SHA256_HEADER, hex("SHA-256", other))).andReturn().getResponse();
		assertThat(stated.getStatus()).isEqualTo(422);
		assertThat(fieldErrors(stated)).containsExactly("X-Content-SHA256 KKE-4222");
		// A stated MD5 for a file declared without one is checked on arrival.
		UUID noMd5 = report(declared("n.png", png, false));
		MockHttpServletResponse statedMd5 = mvc.perform(request(noMd5, png).param("index", "0")
			.header(PartnerFiles.MD5_HEADER, hex("MD5", other))).andReturn().getResponse();
		assertThat(fieldErrors(statedMd5)).containsExactly("X-Content-MD5 KKE-4222");

		assertThat(rows(reportId)).isZero();
		assertThat(rows(noMd5)).isZero();
		assertThat(storedFiles()).isEqualTo(stored);
	}

	@Test
	void refusesUndeclaredFilesAndUnclearChoicesWithoutReadingTheBody() throws Exception {
		byte[] png = image(80, 40);
		UUID reportId = report(declared("twin.png", png, true), declared("twin.png", png, true), declared("single.png", png, true));
		long stored = storedFiles();

		assertThat(fieldErrors(unread(reportId, "index", "3"))).containsExactly("index KKE-4223");
		assertThat(fieldErrors(unread(reportId, "name", "other.png"))).containsExactly("name KKE-4223");
		// Names are compared exactly.
		assertThat(fieldErrors(unread(reportId, "name", "SINGLE.png"))).containsExactly("name KKE-4223");
		assertThat(fieldErrors(unread(reportId, "name", "twin.png"))).containsExactly("name KKE-4224");
		assertThat(errors(unread(reportId))).containsExactly("index KKE-4009");
		assertThat(errors(mvc.perform(new StreamedUpload(reportId, new Unreadable(), -1).param("index", "0")
			.param("name", "single.png")).andReturn().getResponse())).containsExactly("index KKE-4009");
		assertThat(errors(unread(reportId, "index", "first"))).containsExactly("index KKE-4004");
		assertThat(errors(unread(reportId, "index", "-1"))).containsExactly("index KKE-4006");
		assertThat(errors(unread(reportId, "name", "x".repeat(256)))).containsExactly("name KKE-4002");
		assertThat(errors(mvc.perform(new StreamedUpload(reportId, new Unreadable(), -1).param("index", "0")
			.header(PartnerFiles.SHA256_HEADER, "not-a-hash")).andReturn().getResponse()))
			.containsExactly("X-Content-SHA256 KKE-4008");
		assertThat(rows(reportId)).isZero();
		assertThat(storedFiles()).isEqualTo(stored);
		assertThat(upload(reportId, png, "index", "1").getStatus()).isEqualTo(201);
	}

	@Test
	void anotherPartnersReportIsAnswered404LikeAnUnknownOne() throws Exception {
		byte[] png = image(50, 50);
		UUID reportId = report(declared("mine.png", png, true));
		UUID otherAgency = jdbc.sql("select id from directory_agency where id <> ? order by name_en fetch first 1 rows only")
			.param(demoAgency).query(UUID.class).single();
		String otherKey = partnerKeys.issue(otherAgency, "Upload test platform " + UUID.randomUUID()).key();
		long stored = storedFiles();

		MockHttpServletResponse foreign = mvc.perform(post(FILES, reportId).param("index", "0")
			.contentType("application/octet-stream").content(png).header("Authorization", "Bearer " + otherKey))
			.andReturn().getResponse();
		MockHttpServletResponse unknown = mvc.perform(post(FILES, UUID.randomUUID()).param("index", "0")
			.contentType("application/octet-stream").content(png).header("Authorization", "Bearer " + otherKey))
			.andReturn().getResponse();
		assertThat(foreign.getStatus()).isEqualTo(404);
		assertProblem(foreign, "KKE-4040");
		assertThat(foreign.getContentAsString()).isEqualTo(unknown.getContentAsString());
		MockHttpServletResponse malformed = mvc.perform(post("/api/v1/reports/not-a-uuid/files").param("index", "0")
			.contentType("application/octet-stream").content(png).header("Authorization", "Bearer " + DEMO_KEY))
			.andReturn().getResponse();
		assertThat(malformed.getStatus()).isEqualTo(404);
		assertThat(rows(reportId)).isZero();
		assertThat(storedFiles()).isEqualTo(stored);

		MockHttpServletResponse staff = mvc.perform(post(FILES, reportId).param("index", "0").contentType("application/octet-stream")
			.content(png).with(TestActors.staff(Permission.values())).with(csrf())).andReturn().getResponse();
		assertThat(staff.getStatus()).isEqualTo(403);
		MockHttpServletResponse anonymous = mvc.perform(post(FILES, reportId).param("index", "0")
			.contentType("application/octet-stream").content(png)).andReturn().getResponse();
		assertThat(anonymous.getStatus()).isEqualTo(401);
		assertProblem(anonymous, "KKE-4010");
	}

	@Test
	void refusesAFileLargerThanTheLimitAndKeepsNothing() throws Exception {
		long limit = partnerFiles.maxBytes();
		assertThat(limit).isEqualTo(100L * 1024 * 1024);
		UUID reportId = report(declared("screen-recording.txt", chatExport(), false));
		long stored = storedFiles();

		// Announced too large: refused before a byte is read.
		MockHttpServletResponse announced = mvc.perform(new StreamedUpload(reportId, new Unreadable(), limit + 1)
			.param("index", "0")).andReturn().getResponse();
		assertThat(announced.getStatus()).isEqualTo(413);
		assertProblem(announced, "KKE-4130");
		// Sent without a length (chunked): the store reads one byte past the limit and keeps nothing.
		ChatStream endless = new ChatStream(limit + 10 * 1024 * 1024);
		MockHttpServletResponse streamed = mvc.perform(new StreamedUpload(reportId, endless, -1).param("index", "0"))
			.andReturn().getResponse();
		assertThat(streamed.getStatus()).isEqualTo(413);
		assertProblem(streamed, "KKE-4130");
		assertThat(endless.read).isEqualTo(limit + 1);
		assertThat(rows(reportId)).isZero();
		assertThat(storedFiles()).isEqualTo(stored);
		assertThat(partFiles()).isZero();
	}

	@Test
	void refusesAPixelFloodBeforeDecodingItAndKeepsNothing() throws Exception {
		byte[] flood = pixelFlood(50_000, 50_000);
		byte[] damaged = java.util.Arrays.copyOf(image(30, 30), 20);
		UUID reportId = report(declared("flood.png", flood, true), declared("damaged.png", damaged, true));
		long stored = storedFiles();

		MockHttpServletResponse refused = upload(reportId, flood, "index", "0");
		assertThat(refused.getStatus()).isEqualTo(422);
		assertProblem(refused, "KKE-4220");
		assertThat(fieldErrors(refused)).containsExactly("files[0] KKE-4225");
		assertThat(fieldErrors(upload(reportId, damaged, "index", "1"))).containsExactly("files[1] KKE-4226");
		assertThat(rows(reportId)).isZero();
		assertThat(storedFiles()).isEqualTo(stored);
	}

	@Test
	void refusesContentOfNoAcceptedKindAndKeepsNothing() throws Exception {
		byte[] elf = new byte[4096];
		new java.util.Random(7).nextBytes(elf);
		System.arraycopy(new byte[] { 0x7F, 'E', 'L', 'F' }, 0, elf, 0, 4);
		byte[] latin1 = "Chat exporté en Latin-1: café".getBytes(StandardCharsets.ISO_8859_1);
		UUID reportId = report(declared("tool.bin", elf, true), declared("chat.txt", latin1, true), declared("empty.txt", new byte[0], true));
		long stored = storedFiles();

		MockHttpServletResponse binary = upload(reportId, elf, "index", "0");
		assertThat(binary.getStatus()).isEqualTo(415);
		assertProblem(binary, "KKE-4150");
		assertThat(fieldErrors(binary)).containsExactly("files[0] KKE-4151");
		assertThat(fieldErrors(upload(reportId, latin1, "index", "1"))).containsExactly("files[1] KKE-4151");
		assertThat(errors(upload(reportId, new byte[0], "index", "2"))).containsExactly("$ KKE-4001");
		// Only application/octet-stream is read: a form or a multipart body is refused as it is.
		for (String type : List.of("multipart/form-data; boundary=x", "application/json", "image/png")) {
			MockHttpServletResponse wrongType = mvc.perform(post(FILES, reportId).param("index", "0").contentType(type)
				.content(elf).header("Authorization", "Bearer " + DEMO_KEY)).andReturn().getResponse();
			assertThat(wrongType.getStatus()).as(type).isEqualTo(415);
			assertProblem(wrongType, "KKE-4150");
		}
		assertThat(rows(reportId)).isZero();
		assertThat(storedFiles()).isEqualTo(stored);
	}

	// --- streaming ---

	@Test
	void streamsA20MegabyteChatExportFromTheRequestInputStreamWithCorrectHashes() throws Exception {
		long size = 20L * 1024 * 1024;
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		MessageDigest md5 = MessageDigest.getInstance("MD5");
		try (InputStream in = new DigestInputStream(new DigestInputStream(new ChatStream(size), sha256), md5)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		ObjectNode file = JSON.createObjectNode();
		file.put("name", "whole-chat.txt");
		file.put("sha256", HexFormat.of().formatHex(sha256.digest()));
		file.put("md5", HexFormat.of().formatHex(md5.digest()));
		UUID reportId = report(file);

		// The body exists only as the request's input stream: no byte array, no length. Spring MVC would find
		// nothing to buffer; the upload succeeds only if the controller reads that stream.
		ChatStream body = new ChatStream(size);
		var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
		long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
		MockHttpServletResponse response = mvc.perform(new StreamedUpload(reportId, body, -1).param("index", "0"))
			.andReturn().getResponse();
		long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;

		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		JsonNode kept = JSON.readTree(response.getContentAsString());
		assertThat(kept.get("size").asLong()).isEqualTo(size);
		assertThat(kept.get("kind").asString()).isEqualTo("TEXT");
		assertThat(kept.get("sha256").asString()).isEqualTo(file.get("sha256").asString());
		assertThat(kept.get("md5").asString()).isEqualTo(file.get("md5").asString());
		assertThat(body.read).isEqualTo(size);
		// Everything the request thread allocated, from the security filters to the commit: a copy of the body
		// anywhere on the way would be at least its size.
		assertThat(allocated).as("bytes allocated by the upload").isLessThan(size / 2);
	}

	// --- what staff and the API description show ---

	@Test
	void theTriagePageListsThePartnersFilesUnderTheDeclaredOnesAndNeverAsScreenshots() throws Exception {
		byte[] png = image(120, 90);
		UUID reportId = report(declared("listed.png", png, true), declared("later.txt", chatExport(), false));
		MockHttpServletResponse kept = upload(reportId, png, "index", "0");
		String sha256 = hex("SHA-256", png);

		String page = mvc.perform(get("/triage/reports/" + reportId).param("lang", "en").with(TestActors.staff(Permission.TRIAGE)))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Files received from the partner", "File 1: listed.png", "PNG image",
				sha256.substring(0, 16) + "…");
		assertThat(page.indexOf("Files received from the partner")).isGreaterThan(page.indexOf("Files the partner holds"));
		UUID fileId = UUID.fromString(JSON.readTree(kept.getContentAsString()).get("id").asString());
		assertThat(page).doesNotContain("/screenshots/" + fileId);
		String thai = mvc.perform(get("/triage/reports/" + reportId).param("lang", "th").with(TestActors.staff(Permission.TRIAGE)))
			.andReturn().getResponse().getContentAsString();
		assertThat(thai).contains("ไฟล์ที่ได้รับจากหน่วยงานพันธมิตร", "ภาพ PNG");
	}

	@Autowired
	org.kumkrong.matching.internal.HashLists hashLists;

	@Autowired
	org.kumkrong.casework.internal.Casework casework;

	@Autowired
	org.kumkrong.directory.Agencies agencies;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate template;

	@Test
	void aDeclaredHashOnAHashListFlagsTheReportAndAFileArrivingAfterScreeningInBecomesEvidence() throws Exception {
		byte[] png = image(150, 110);
		String sha256 = hex("SHA-256", png);
		try (AutoCloseable analyst = TestActors.actAs(UUID.randomUUID(), UUID.randomUUID(), Permission.HASH_LIST_MANAGE)) {
			hashLists.importList(new org.kumkrong.matching.internal.HashLists.ListDetails("Partner test list " + UUID.randomUUID(),
					"Test hotline", null, org.kumkrong.matching.internal.HashListFormat.CSV),
					new java.io.ByteArrayInputStream(("hash_type,hash,category,source\nSHA256," + sha256 + ",KNOWN_CSAM,test\n")
						.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		UUID reportId = report(declared("known.png", png, true));

		// Matching runs after the report is stored, from the event registry.
		Integer flagged = 0;
		for (int i = 0; i < 100 && flagged == 0; i++) {
			flagged = jdbc.sql("select known_matches from intake_report where id = ?").param(reportId).query(Integer.class).single();
			if (flagged == 0) {
				Thread.sleep(100);
			}
		}
		assertThat(flagged).isEqualTo(1);
		String page = mvc.perform(get("/triage/reports/" + reportId).param("lang", "en").with(TestActors.staff(Permission.TRIAGE)))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("match known content");
		String queue = mvc.perform(get("/triage").param("lang", "en").with(TestActors.staff(Permission.TRIAGE)))
			.andReturn().getResponse().getContentAsString();
		assertThat(queue).contains("Known content");

		// Screened in to a case first; the partner's file arrives later and still becomes the case's evidence.
		var fixture = new org.kumkrong.referral.ReferralFixture(agencies, template, casework);
		UUID caseId = fixture.policeCase()[0];
		String caseReference = template.queryForObject("select reference from casework_case where id = ?", String.class, caseId);
		String reference = template.queryForObject("select reference from intake_report where id = ?", String.class, reportId);
		casework.screenedIn(new org.kumkrong.intake.ReportScreenedIn(new org.kumkrong.intake.ReportId(reportId), reference,
				java.time.Instant.now(), null, null, caseReference, org.kumkrong.intake.ReportChannel.PARTNER, List.of(), null,
				null, null, null));
		MockHttpServletResponse kept = upload(reportId, png, "index", "0");
		assertThat(kept.getStatus()).isEqualTo(201);
		UUID fileId = UUID.fromString(JSON.readTree(kept.getContentAsString()).get("id").asString());
		List<String> origins = List.of();
		for (int i = 0; i < 100 && origins.isEmpty(); i++) {
			origins = template.queryForList("select origin from evidence_item where case_id = ? and source_file_id = ?", String.class,
					caseId, fileId);
			if (origins.isEmpty()) {
				Thread.sleep(100);
			}
		}
		assertThat(origins).containsExactly("PARTNER_FILE");
		assertThat(template.queryForObject("select count(*) from evidence_match m join evidence_item e on e.id = m.evidence_id "
				+ "where e.source_file_id = ? and m.category = 'KNOWN_CSAM'", Integer.class, fileId)).isEqualTo(1);
	}

	@Test
	void theApiDescriptionDocumentsTheUpload() throws Exception {
		JsonNode api = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		JsonNode upload = api.get("paths").get("/api/v1/reports/{id}/files").get("post");
		assertThat(upload.get("requestBody").get("content").get("application/octet-stream").get("schema").get("format")
			.asString()).isEqualTo("binary");
		List<String> parameters = new ArrayList<>();
		upload.get("parameters").forEach(p -> parameters.add(p.has("name") ? p.get("name").asString() : p.get("$ref").asString()));
		assertThat(parameters).contains("id", "index", "name", PartnerFiles.SHA256_HEADER, PartnerFiles.MD5_HEADER)
			.noneMatch(p -> p.endsWith("IdempotencyKey"));
		assertThat(upload.get("responses").propertyNames()).contains("200", "201", "400", "401", "404", "413", "415", "422");
		String description = api.get("info").get("description").asString();
		for (String code : List.of("KKE-4009", "KKE-4151", "KKE-4222", "KKE-4223", "KKE-4224", "KKE-4225", "KKE-4226")) {
			assertThat(description).contains(code);
		}
		assertThat(description).contains("/api/v1/reports/{id}/files", "100 MB");
	}

	// --- helpers ---

	/** A declared file: its name and hashes (MD5 too if asked). */
	static ObjectNode declared(String name, byte[] content, boolean withMd5) throws Exception {
		ObjectNode file = JSON.createObjectNode();
		file.put("name", name);
		file.put("sha256", hex("SHA-256", content));
		if (withMd5) {
			file.put("md5", hex("MD5", content));
		}
		return file;
	}

	UUID report(ObjectNode... declared) throws Exception {
		ObjectNode report = PartnerReportApiTests.report("ESP-FILES-" + UUID.randomUUID());
		ArrayNode list = report.putArray("files");
		for (ObjectNode file : declared) {
			list.add(file);
		}
		MockHttpServletResponse response = mvc.perform(post("/api/v1/reports").contentType("application/json")
			.content(JSON.writeValueAsBytes(report)).header("Authorization", "Bearer " + DEMO_KEY)
			.header("Idempotency-Key", key())).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return PartnerReportApiTests.idOf(response);
	}

	static MockHttpServletRequestBuilder request(UUID reportId, byte[] content) {
		return post(FILES, reportId).contentType("application/octet-stream").content(content)
			.header("Authorization", "Bearer " + DEMO_KEY);
	}

	MockHttpServletResponse upload(UUID reportId, byte[] content, String parameter, String value) throws Exception {
		return mvc.perform(request(reportId, content).param(parameter, value)).andReturn().getResponse();
	}

	/** An upload whose body must not be read: reading it fails the request. */
	MockHttpServletResponse unread(UUID reportId, String... parameter) throws Exception {
		StreamedUpload request = new StreamedUpload(reportId, new Unreadable(), -1);
		if (parameter.length == 2) {
			request.param(parameter[0], parameter[1]);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	/** The errors of a problem as "field code". */
	static List<String> fieldErrors(MockHttpServletResponse response) throws Exception {
		JsonNode problem = JSON.readTree(response.getContentAsString());
		List<String> errors = new ArrayList<>();
		problem.get("errors").forEach(error -> errors.add(error.get("field").asString() + " " + error.get("code").asString()));
		return errors;
	}

	long rows(UUID reportId) {
		return jdbc.sql("select count(*) from intake_file where report_id = ?").param(reportId).query(Long.class).single();
	}

	long audited(UUID fileId) {
		return jdbc.sql("select count(*) from audit_entry where action = 'intake.file.partnerUploaded' and record_id = ? "
				+ "and actor_id = ? and agency_id = ? and outcome = 'SUCCESS'")
			.params(fileId.toString(), demoKeyId, demoAgency).query(Long.class).single();
	}

	long storedFiles() throws IOException {
		return countFiles(path -> true);
	}

	long partFiles() throws IOException {
		return countFiles(path -> path.getFileName().toString().endsWith(".part"));
	}

	private long countFiles(java.util.function.Predicate<Path> which) throws IOException {
		Path root = properties.dataDir().resolve("files");
		if (!Files.isDirectory(root)) {
			return 0;
		}
		try (Stream<Path> all = Files.walk(root)) {
			return all.filter(Files::isRegularFile).filter(which).count();
		}
	}

	static byte[] digest(String algorithm, byte[] content) throws Exception {
		return MessageDigest.getInstance(algorithm).digest(content);
	}

	static String hex(String algorithm, byte[] content) throws Exception {
		return HexFormat.of().formatHex(digest(algorithm, content));
	}

	/** A generated gradient with shapes: never a photograph. */
	static byte[] image(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(30, 120, width % 256), width, height, new Color(250, 230, 180)));
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(40, 40, 90));
		g.setStroke(new BasicStroke(Math.max(1, width / 40f)));
		g.drawRect(width / 8, height / 8, width / 2, height / 2);
		g.fillOval(width / 2, height / 3, Math.max(1, width / 4), Math.max(1, height / 4));
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** An invented chat, as a platform's export might write it. */
	static byte[] chatExport() {
		return ("""
				[2026-03-01 14:02] player_one: hi, are you new here?
				[2026-03-01 14:03] somchai_2013: yes ครับ
				[2026-03-01 14:05] player_one: add me on another app
				""" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
	}

	/** A PNG header that declares width × height pixels, with no pixels behind it. */
	static byte[] pixelFlood(int width, int height) {
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
			.put((byte) 0).put((byte) 0).put((byte) 0);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		chunk(out, "IHDR", header.array());
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(name);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	/**
	 * A chat export of exactly {@code size} bytes, generated as it is read (never held whole) from a cycle of
	 * 997 prepared ASCII and Thai lines, padded with spaces at the end so no character is cut. Allocates
	 * nothing per read, so what an upload allocates is the server's. Counts what was read.
	 */
	static final class ChatStream extends InputStream {

		private static final byte[][] LINES = new byte[997][];

		static {
			for (int i = 0; i < LINES.length; i++) {
				LINES[i] = "[2026-03-01 14:%02d:%02d] user_%d: message %d ข้อความทดสอบ\n".formatted(i / 60 % 60, i % 60, i % 7, i)
					.getBytes(StandardCharsets.UTF_8);
			}
		}

		private final long size;

		long read;

		private byte[] line = new byte[0];

		private int position;

		private int lines;

		ChatStream(long size) {
			this.size = size;
		}

		@Override
		public int read() {
			if (read >= size) {
				return -1;
			}
			if (position == line.length) {
				nextLine();
			}
			read++;
			return line[position++] & 0xFF;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (read >= size) {
				return -1;
			}
			if (length == 0) {
				return 0;
			}
			if (position == line.length) {
				nextLine();
			}
			int count = (int) Math.min(Math.min(length, line.length - position), size - read);
			System.arraycopy(line, position, buffer, offset, count);
			position += count;
			read += count;
			return count;
		}

		private void nextLine() {
			byte[] next = LINES[lines++ % LINES.length];
			long left = size - read;
			line = next.length <= left ? next : " ".repeat((int) left).getBytes(StandardCharsets.US_ASCII);
			position = 0;
		}

	}

	/** A body that fails the test if anything reads it. */
	static final class Unreadable extends InputStream {

		@Override
		public int read() {
			throw new AssertionError("the body was read");
		}

	}

	/**
	 * A POST to the upload endpoint whose body is only an input stream (optionally with an announced
	 * length), as a servlet container hands it over: MockMvc's own requests hold their body as a byte array.
	 */
	static final class StreamedUpload extends AbstractMockHttpServletRequestBuilder<StreamedUpload> {

		private final InputStream body;

		private final long contentLength;

		StreamedUpload(UUID reportId, InputStream body, long contentLength) {
			super(HttpMethod.POST);
			uri(FILES, reportId);
			contentType("application/octet-stream");
			header("Authorization", "Bearer " + DEMO_KEY);
			this.body = body;
			this.contentLength = contentLength;
		}

		@Override
		protected MockHttpServletRequest createServletRequest(ServletContext servletContext) {
			return new MockHttpServletRequest(servletContext) {

				@Override
				public ServletInputStream getInputStream() {
					return new DelegatingServletInputStream(body);
				}

				@Override
				public int getContentLength() {
					return (int) Math.min(Integer.MAX_VALUE, contentLength);
				}

				@Override
				public long getContentLengthLong() {
					return contentLength;
				}

			};
		}

	}

}
