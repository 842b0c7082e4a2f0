package org.kumkrong.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.account.Role;
import org.kumkrong.casework.CasePriority;
import org.kumkrong.casework.Cases;
import org.kumkrong.casework.TeamAccess;
import org.kumkrong.casework.internal.Casework;
import org.kumkrong.casework.internal.Drafts.CaseDraft;
import org.kumkrong.directory.Agencies;
import org.kumkrong.evidence.internal.EvidenceLocker;
import org.kumkrong.matching.internal.HashListFormat;
import org.kumkrong.matching.internal.HashLists;
import org.kumkrong.platform.KumkrongProperties;
import org.kumkrong.platform.Permission;
import org.kumkrong.referral.ReferralFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Evidence end to end through its pages: streamed upload into the encrypted store, hashes and PDQ, safe
 * viewing (blurred grey preview, reveal audited and recorded in custody), known-content matching across cases
 * with the other case named only to those who may see it, hash-list matches raising priority, integrity
 * failures detected on download and by the job, and no plaintext in the database or the file store.
 */
@KumkrongIntegrationTest
@RecordApplicationEvents
class EvidenceIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Agencies agencies;

	@Autowired
	Casework casework;

	@Autowired
	Cases cases;

	@Autowired
	EvidenceLocker locker;

	@Autowired
	HashLists hashLists;

	@Autowired
	KumkrongProperties properties;

	@Autowired
	org.kumkrong.platform.EncryptedFiles files;

	@Autowired
	ApplicationEvents events;

	ReferralFixture fx;

	RequestPostProcessor investigator;

	RequestPostProcessor otherInvestigator;

	RequestPostProcessor prosecutor;

	@BeforeEach
	void setUp() {
		fx = new ReferralFixture(agencies, jdbc, casework);
		investigator = fx.mvc("investigator", fx.police, Role.INVESTIGATOR);
		otherInvestigator = fx.mvc("investigator2", fx.otherPolice, Role.INVESTIGATOR);
		prosecutor = fx.mvc("prosecutor", fx.prosecution, Role.PROSECUTOR);
	}

	UUID policeCase() {
		return fx.policeCase()[0];
	}

	UUID otherPoliceCase() {
		return ReferralFixture.as(fx.userId("investigator2"), fx.otherPolice,
				() -> casework.open(new CaseDraft("Synthetic evidence test case", null, CasePriority.NORMAL, "TH-57")).id(),
				ReferralFixture.permissions(Role.INVESTIGATOR));
	}

	MvcResult upload(RequestPostProcessor actor, UUID caseId, String description, String name, byte[] file) throws Exception {
		return mvc.perform(post("/evidence?case=" + caseId).contentType(EvidenceFixture.contentType())
			.content(EvidenceFixture.multipart(description, name, file)).with(actor).with(csrf().asHeader())).andReturn();
	}

	UUID uploaded(RequestPostProcessor actor, UUID caseId, String name, byte[] file) throws Exception {
		MvcResult result = upload(actor, caseId, "synthetic test file", name, file);
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/evidence/");
		return UUID.fromString(location.substring("/evidence/".length()));
	}

	String page(RequestPostProcessor actor, String path) throws Exception {
		MvcResult result = mvc.perform(get(path).with(actor)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aNearCopyInAnotherCaseIsFlaggedAndTheOtherCaseNamedOnlyToItsTeam() throws Exception {
		UUID first = policeCase();
		UUID second = otherPoliceCase();
		long seed = EvidenceFixture.matchableSeed(System.nanoTime(), 800, 600, 0.9);

		UUID original = uploaded(investigator, first, "photo.png", EvidenceFixture.png(seed, 800, 600));
		UUID copy = uploaded(otherInvestigator, second, "copy.jpg", EvidenceFixture.resizedJpeg(seed, 800, 600, 0.9));

		Map<String, Object> row = jdbc.queryForMap("select * from evidence_item where id = ?", copy);
		assertThat(row.get("pdq")).isNotNull();
		assertThat((Integer) row.get("pdq_quality")).isGreaterThanOrEqualTo(50);
		assertThat((Integer) row.get("match_count")).isEqualTo(1);
		Map<String, Object> match = jdbc.queryForMap("select * from evidence_match where evidence_id = ?", copy);
		assertThat(match.get("kind")).isEqualTo("PDQ");
		assertThat((Integer) match.get("distance")).isBetween(0, 31);
		assertThat(match.get("other_case_id")).isEqualTo(first);
		// The earlier item learns of the copy too.
		assertThat(jdbc.queryForObject("select match_count from evidence_item where id = ?", Integer.class, original)).isEqualTo(1);
		assertThat(cases.find(second).orElseThrow().priority()).isEqualTo(CasePriority.HIGH);

		String firstReference = cases.find(first).orElseThrow().reference();
		String secondReference = cases.find(second).orElseThrow().reference();
		String seenByOther = page(otherInvestigator, "/evidence/" + copy);
		assertThat(seenByOther).contains("Also in a case of Demo National Police").doesNotContain(firstReference);
		String seenByPolice = page(investigator, "/evidence/" + original);
		assertThat(seenByPolice).doesNotContain(secondReference).contains("contact them");

		// Once the police unit is on the second case's team, it may know which case it is.
		cases.admit(second, fx.police, TeamAccess.MEMBER);
		assertThat(page(investigator, "/evidence/" + original)).contains("Also in case").contains(secondReference);

		assertThat(events.stream(EvidenceAdded.class).filter(e -> e.evidenceId().equals(copy))).hasSize(1);
		assertThat(events.stream(EvidenceMatched.class).filter(e -> e.evidenceId().equals(copy)))
			.anyMatch(e -> e.source().equals("CASE") && e.matchKind().equals("PDQ"));
	}

	@Test
	void imagesAreBlurredAndGreyUntilRevealedOneAtATimeAndEachRevealIsRecorded() throws Exception {
		UUID kase = policeCase();
		UUID id = uploaded(investigator, kase, "photo.png", EvidenceFixture.png(System.nanoTime(), 640, 480));

		String page = page(investigator, "/evidence/" + id);
		assertThat(page).contains("evidence-preview").doesNotContain("evidence-revealed");
		byte[] preview = mvc.perform(get("/evidence/" + id + "/preview.png").with(investigator)).andReturn().getResponse()
			.getContentAsByteArray();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(preview));
		assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
		assertThat(mvc.perform(get("/evidence/" + id + "/image.png").with(investigator)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		int revealsBefore = audits("evidence.item.revealed", id);

		// Sessions live in the database (Spring Session): the session travels as its cookie.
		jakarta.servlet.http.Cookie[] session = mvc.perform(post("/evidence/" + id + "/reveal").with(investigator).with(csrf()))
			.andReturn().getResponse().getCookies();
		assertThat(session).isNotEmpty();
		assertThat(mvc.perform(get("/evidence/" + id + "/image.png").cookie(session).with(investigator)).andReturn()
			.getResponse().getStatus()).isEqualTo(200);
		assertThat(audits("evidence.item.revealed", id)).isEqualTo(revealsBefore + 1);
		assertThat(jdbc.queryForObject("select count(*) from evidence_custody where evidence_id = ? and action = 'VIEWED'",
				Integer.class, id)).isEqualTo(1);

		// Revealing another item hides the first.
		UUID other = uploaded(investigator, kase, "other.png", EvidenceFixture.png(System.nanoTime(), 320, 240));
		mvc.perform(post("/evidence/" + other + "/reveal").cookie(session).with(investigator).with(csrf()));
		assertThat(mvc.perform(get("/evidence/" + other + "/image.png").cookie(session).with(investigator)).andReturn()
			.getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/evidence/" + id + "/image.png").cookie(session).with(investigator)).andReturn()
			.getResponse().getStatus()).isEqualTo(403);

		// Another agency, not on the team, finds nothing.
		assertThat(mvc.perform(get("/evidence/" + id).with(prosecutor)).andReturn().getResponse().getStatus()).isEqualTo(404);
		// The case page lists the item without any picture.
		String casePage = page(investigator, "/cases/" + kase);
		assertThat(casePage).contains("evidence-table").doesNotContain("preview.png").doesNotContain("image.png");
	}

	@Test
	void tamperingIsDetectedOnDownloadAndByTheScheduledCheck() throws Exception {
		UUID kase = policeCase();
		byte[] text = "synthetic chat export\nline two\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
		UUID intact = uploaded(investigator, kase, "chat.txt", text);
		MvcResult download = mvc.perform(get("/evidence/" + intact + "/download").with(investigator)).andReturn();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(download));
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(text);
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(custody(intact, "DOWNLOADED")).isEqualTo(1);

		UUID tampered = uploaded(investigator, kase, "chat.txt", text);
		flipOneByte(tampered);
		MvcResult refused = mvc.perform(get("/evidence/" + tampered + "/download").with(investigator)).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(jdbc.queryForObject("select integrity from evidence_item where id = ?", String.class, tampered)).isEqualTo("FAILED");
		assertThat(custody(tampered, "INTEGRITY_FAILED")).isEqualTo(1);
		assertThat(events.stream(EvidenceIntegrityFailed.class).filter(e -> e.evidenceId().equals(tampered))).hasSize(1);
		assertThat(page(investigator, "/cases/" + kase)).contains("failed the integrity check");

		UUID later = uploaded(investigator, kase, "chat.txt", text);
		flipOneByte(later);
		locker.verifyAll();
		assertThat(jdbc.queryForObject("select integrity from evidence_item where id = ?", String.class, later)).isEqualTo("FAILED");
		assertThat(jdbc.queryForObject("select integrity from evidence_item where id = ?", String.class, intact)).isEqualTo("INTACT");
		assertThat(custody(intact, "VERIFIED")).isGreaterThanOrEqualTo(1);
		assertThat(events.stream(EvidenceIntegrityFailed.class).filter(e -> e.evidenceId().equals(later) && e.check().equals("SCHEDULED"))).hasSize(1);
	}

	@Test
	void aFileOnAHashListRaisesThePriorityAndNamesTheList() throws Exception {
		UUID kase = otherPoliceCase();
		byte[] file = EvidenceFixture.png(System.nanoTime(), 200, 150);
		String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(file));
		String csv = "hash_type,hash,category,source\nSHA256," + sha256 + ",KNOWN_CSAM,synthetic test series\n";
		String name = "Synthetic list " + UUID.randomUUID();
		ReferralFixture.as(fx.userId("investigator"), fx.police, () -> {
			try {
				return hashLists.importList(new HashLists.ListDetails(name, "Test hotline", null, HashListFormat.CSV),
						new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}, Permission.HASH_LIST_MANAGE);

		UUID id = uploaded(otherInvestigator, kase, "known.png", file);

		Map<String, Object> match = jdbc.queryForMap("select * from evidence_match where evidence_id = ? and kind = 'SHA256'", id);
		assertThat(match.get("list_name")).isEqualTo(name);
		assertThat(match.get("category")).isEqualTo("KNOWN_CSAM");
		assertThat(cases.find(kase).orElseThrow().priority()).isEqualTo(CasePriority.HIGH);
		assertThat(page(otherInvestigator, "/evidence/" + id)).contains(name).contains("Known child sexual abuse material");
	}

	@Test
	void refusedFilesNameTheFieldAndLeaveNothingBehind() throws Exception {
		UUID kase = policeCase();
		long filesBefore = storedFiles();
		byte[] binary = new byte[4096];
		new java.util.Random(3).nextBytes(binary);
		binary[0] = 0;
		MvcResult unknown = upload(investigator, kase, null, "data.bin", binary);
		assertThat(unknown.getResponse().getStatus()).isEqualTo(200);
		assertThat(unknown.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("File: This type of file is not accepted");

		// A PNG header declaring 50,000 × 50,000 pixels: refused before anything is decoded.
		byte[] flood = floodPng();
		MvcResult refused = upload(investigator, kase, null, "flood.png", flood);
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("too many pixels");

		MvcResult empty = upload(investigator, kase, null, "empty.txt", new byte[0]);
		assertThat(empty.getResponse().getStatus()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select count(*) from evidence_item where case_id = ?", Integer.class, kase)).isZero();
		assertThat(storedFiles()).isEqualTo(filesBefore);
	}

	@Test
	void neitherTheDatabaseNorTheFileStoreHoldsPlaintextOfAnUpload() throws Exception {
		String canary = "KKEVIDENCECANARY" + UUID.randomUUID().toString().replace("-", "");
		UUID kase = policeCase();
		MvcResult result = upload(investigator, kase, "description with " + canary, "chat.txt",
				("chat export with " + canary + "\n").repeat(100).getBytes(StandardCharsets.UTF_8));
		assertThat(result.getResponse().getStatus()).isEqualTo(302);

		int columns = 0;
		for (Map<String, Object> column : jdbc.queryForList("select table_name, column_name from information_schema.columns "
				+ "where lower(table_schema) = 'public' and lower(data_type) in ('text', 'character varying', 'varchar', 'character large object')")) {
			String table = column.get("table_name").toString();
			String name = column.get("column_name").toString();
			Integer hits = jdbc.queryForObject("select count(*) from \"" + table + "\" where cast(\"" + name
					+ "\" as varchar) like ?", Integer.class, "%" + canary + "%");
			assertThat(hits).as(table + "." + name).isZero();
			columns++;
		}
		assertThat(columns).isGreaterThan(20);
		try (Stream<Path> stored = Files.walk(properties.dataDir().resolve("files"))) {
			for (Path file : stored.filter(Files::isRegularFile).toList()) {
				assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(canary);
			}
		}
	}

	@Test
	void theScreenshotsOfAReportThatJoinsACaseBecomeItsEvidence() throws Exception {
		UUID kase = policeCase();
		String caseReference = cases.find(kase).orElseThrow().reference();
		UUID report = jdbc.queryForObject("select id from intake_report order by received_at limit 1", UUID.class);
		byte[] screenshot = EvidenceFixture.png(System.nanoTime(), 360, 640);
		org.kumkrong.platform.StoredFile stored = files.store(new ByteArrayInputStream(screenshot), screenshot.length);
		jdbc.update("insert into intake_file (id, report_id, content_type, size_bytes, sha256, sha1, md5, width, height, created_at) "
				+ "values (?, ?, 'image/png', ?, ?, ?, ?, 360, 640, ?)", stored.id(), report, stored.size(), stored.sha256(),
				stored.sha1(), stored.md5(), java.sql.Timestamp.from(java.time.Instant.now()));

		casework.screenedIn(new org.kumkrong.intake.ReportScreenedIn(new org.kumkrong.intake.ReportId(report), "RP-2026-9999999",
				java.time.Instant.now(), fx.userId("analyst"), null, caseReference, org.kumkrong.intake.ReportChannel.PUBLIC,
				java.util.List.of(), "TH-57", null, null, null));

		// The adoption runs after the screening-in commits, from the event registry.
		Map<String, Object> item = null;
		for (int i = 0; i < 100 && item == null; i++) {
			var rows = jdbc.queryForList("select * from evidence_item where case_id = ? and source_file_id = ?", kase, stored.id());
			item = rows.isEmpty() ? null : rows.get(0);
			if (item == null) {
				Thread.sleep(200);
			}
		}
		assertThat(item).as("adopted evidence").isNotNull();
		assertThat(item.get("origin")).isEqualTo("REPORT_SCREENSHOT");
		assertThat(item.get("origin_ref")).isEqualTo("RP-2026-9999999");
		assertThat(item.get("file_id")).isEqualTo(stored.id());
		assertThat(item.get("sha256")).isEqualTo(stored.sha256());
		assertThat(item.get("pdq")).isNotNull();
		assertThat(jdbc.queryForObject("select detail from evidence_custody where evidence_id = ? and action = 'ACQUIRED'",
				String.class, item.get("id"))).isEqualTo("REPORT RP-2026-9999999");
		assertThat(page(investigator, "/cases/" + kase)).contains("Screenshot of report RP-2026-9999999");
	}

	// ---------------------------------------------------------------- helpers

	int audits(String action, UUID id) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = ? and record_id = ?", Integer.class, action,
				id.toString());
	}

	int custody(UUID id, String action) {
		return jdbc.queryForObject("select count(*) from evidence_custody where evidence_id = ? and action = ?", Integer.class,
				id, action);
	}

	void flipOneByte(UUID evidenceId) throws Exception {
		UUID fileId = jdbc.queryForObject("select file_id from evidence_item where id = ?", UUID.class, evidenceId);
		String name = fileId.toString();
		Path file = properties.dataDir().resolve("files").resolve(name.substring(0, 2)).resolve(name);
		byte[] bytes = Files.readAllBytes(file);
		bytes[bytes.length / 2] ^= 0x01;
		Files.write(file, bytes);
	}

	long storedFiles() throws Exception {
		Path root = properties.dataDir().resolve("files");
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	static byte[] floodPng() {
		java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 25 + 12);
		png.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		png.putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(50_000).putInt(50_000)
			.put(new byte[] { 8, 2, 0, 0, 0 });
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(png.array(), 12, 17);
		png.putInt((int) crc.getValue());
		png.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII));
		return png.array();
	}

}
