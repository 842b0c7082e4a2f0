package org.kumkrong.matching;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.matching.internal.HashListFormat;
import org.kumkrong.matching.internal.HashLists;
import org.kumkrong.matching.internal.HashLists.ImportResult;
import org.kumkrong.matching.internal.HashLists.ListDetails;
import org.kumkrong.matching.internal.ImportProblem;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.TestActors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Hash lists: CSV and Project VIC JSON imports, every refused line named by its number with nothing kept,
 * versions that replace each other, and matching by each hash type — PDQ by distance, rotations and flips
 * included — against the lists and against recorded files.
 */
@KumkrongIntegrationTest
class HashListsIntegrationTests {

	@Autowired
	HashLists lists;

	@Autowired
	KnownContent known;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	static String hex(int digits, long seed) {
		java.util.Random random = new java.util.Random(seed);
		StringBuilder hex = new StringBuilder();
		for (int i = 0; i < digits; i++) {
			hex.append(Character.forDigit(random.nextInt(16), 16));
		}
		return hex.toString();
	}

	ImportResult importCsv(String name, String csv) throws Exception {
		try (AutoCloseable actor = TestActors.actAs(UUID.randomUUID(), UUID.randomUUID(), Permission.HASH_LIST_MANAGE)) {
			return lists.importList(new ListDetails(name, "Test hotline", null, HashListFormat.CSV),
					new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
		}
	}

	@Test
	void importsEveryHashTypeAndMatchesEachExactlyAndPdqByDistance() throws Exception {
		long seed = System.nanoTime();
		String sha256 = hex(64, seed);
		String sha1 = hex(40, seed + 1);
		String md5 = hex(32, seed + 2);
		String pdq = hex(64, seed + 3);
		String name = "Every type " + seed;
		ImportResult result = importCsv(name, "\uFEFFhash_type,hash,category,source\n"
				+ "SHA256," + sha256.toUpperCase() + ",KNOWN_CSAM,series A\n"
				+ "sha1," + sha1 + ",child-exploitative,\n"
				+ "\n"
				+ "MD5," + md5 + ",UNCATEGORIZED,series B\n"
				+ "PDQ," + pdq + ",KNOWN_BENIGN,meme\n");
		assertThat(result.problems()).isEmpty();
		assertThat(result.list().entries()).isEqualTo(4);
		assertThat(result.list().version()).isEqualTo(1);

		assertThat(known.match(Fingerprint.exact(sha256, null, null))).singleElement()
			.satisfies(m -> assertThat(m.category()).isEqualTo(HashCategory.KNOWN_CSAM))
			.satisfies(m -> assertThat(m.listName()).isEqualTo(name));
		assertThat(known.match(Fingerprint.exact(hex(64, 1), sha1, null))).singleElement()
			.satisfies(m -> assertThat(m.kind()).isEqualTo(MatchKind.SHA1));
		assertThat(known.match(Fingerprint.exact(hex(64, 2), null, md5))).singleElement()
			.satisfies(m -> assertThat(m.kind()).isEqualTo(MatchKind.MD5));

		// 20 bits away still matches (≤ 31); 40 bits away does not.
		assertThat(known.match(new Fingerprint(hex(64, 3), null, null, flip(pdq, 20), 100, List.of())))
			.singleElement().satisfies(m -> {
				assertThat(m.kind()).isEqualTo(MatchKind.PDQ);
				assertThat(m.distance()).isEqualTo(20);
			});
		assertThat(known.match(new Fingerprint(hex(64, 3), null, null, flip(pdq, 40), 100, List.of()))).isEmpty();
		// A hash of too low quality is never matched on.
		assertThat(known.match(new Fingerprint(hex(64, 3), null, null, pdq, 20, List.of()))).isEmpty();
		// A rotated or flipped copy is found through its transforms.
		assertThat(known.match(new Fingerprint(hex(64, 3), null, null, hex(64, 9), 100, List.of(hex(64, 10), flip(pdq, 3)))))
			.singleElement().satisfies(m -> assertThat(m.distance()).isEqualTo(3));
	}

	@Test
	void refusesTheWholeFileAndNamesEveryBadLine() throws Exception {
		String good = hex(64, 5);
		String name = "Bad lines " + System.nanoTime();
		ImportResult result = importCsv(name, "hash_type,hash,category,source\n"
				+ "SHA256," + good + ",KNOWN_CSAM,ok\n"
				+ "SHA512," + good + ",KNOWN_CSAM,ok\n"
				+ "MD5,xyz,KNOWN_CSAM,ok\n"
				+ "SHA1," + hex(40, 6) + ",SOMETHING,ok\n");

		assertThat(result.imported()).isFalse();
		assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "hash_type"), org.assertj.core.groups.Tuple.tuple(4L, "hash"),
					org.assertj.core.groups.Tuple.tuple(5L, "category"));
		assertThat(jdbc.queryForObject("select count(*) from matching_hash_list where name = ?", Integer.class, name)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from matching_list_entry where hash = ?", Integer.class, good)).isZero();
		assertThat(known.match(Fingerprint.exact(good, null, null))).isEmpty();

		ImportResult missing = importCsv(name, "type,hash\nSHA256," + good + "\n");
		assertThat(missing.problems()).extracting(ImportProblem::field).contains("hash_type", "category");
	}

	@Test
	void aNewVersionReplacesTheOldOneAndRetiringStopsMatching() throws Exception {
		String name = "Versions " + System.nanoTime();
		String first = hex(64, 11);
		String second = hex(64, 12);
		importCsv(name, "hash_type,hash,category,source\nSHA256," + first + ",KNOWN_CSAM,\n");
		ImportResult v2 = importCsv(name, "hash_type,hash,category,source\nSHA256," + second + ",KNOWN_CSAM,\n");

		assertThat(v2.list().version()).isEqualTo(2);
		assertThat(known.match(Fingerprint.exact(first, null, null))).isEmpty();
		assertThat(known.match(Fingerprint.exact(second, null, null))).hasSize(1);
		assertThat(lists.all()).filteredOn(l -> l.name().equals(name)).extracting(HashLists.ListView::active)
			.containsExactly(true, false);

		lists.retire(v2.list().id());
		assertThat(known.match(Fingerprint.exact(second, null, null))).isEmpty();
	}

	@Test
	void importsProjectVicJson() throws Exception {
		String md5 = hex(32, 21);
		String sha1 = hex(40, 22);
		String json = """
				{"odata.metadata": "synthetic", "value": [ { "CaseNumber": "T-1", "Media": [
				  { "MediaID": 1, "Category": 1, "MD5": "%s", "SHA1": "%s" },
				  { "MediaID": 2, "Category": 4, "MD5": "%s" }
				] } ] }""".formatted(md5, sha1, hex(32, 23));
		ImportResult result;
		try (AutoCloseable actor = TestActors.actAs(UUID.randomUUID(), UUID.randomUUID(), Permission.HASH_LIST_MANAGE)) {
			result = lists.importList(new ListDetails("VIC " + System.nanoTime(), "Project VIC (synthetic)", null,
					HashListFormat.PROJECT_VIC), new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
		}
		assertThat(result.problems()).isEmpty();
		assertThat(result.list().entries()).isEqualTo(3);
		assertThat(known.match(Fingerprint.exact(hex(64, 24), sha1, null))).singleElement()
			.satisfies(m -> assertThat(m.category()).isEqualTo(HashCategory.KNOWN_CSAM));
		assertThat(known.match(Fingerprint.exact(hex(64, 24), null, hex(32, 23)))).singleElement()
			.satisfies(m -> assertThat(m.category()).isEqualTo(HashCategory.COMPARISON));

		ImportResult broken;
		try (AutoCloseable actor = TestActors.actAs(UUID.randomUUID(), UUID.randomUUID(), Permission.HASH_LIST_MANAGE)) {
			broken = lists.importList(new ListDetails("VIC broken", "x", null, HashListFormat.PROJECT_VIC),
					new ByteArrayInputStream("{\"value\": [\n{\"MD5\": \"abc\", \"Category\": 9},\n{".getBytes(StandardCharsets.UTF_8)));
		}
		assertThat(broken.imported()).isFalse();
		assertThat(broken.problems()).extracting(ImportProblem::line).contains(2L);
	}

	@Test
	void aRecordedFileMatchesLaterFilesButNotItself() {
		String sha256 = hex(64, System.nanoTime());
		String pdq = hex(64, System.nanoTime() + 1);
		UUID source = UUID.randomUUID();
		UUID caseId = UUID.randomUUID();
		known.record(new Fingerprint(sha256, null, null, pdq, 90, List.of()), "EVIDENCE", source, caseId, null);

		assertThat(known.match(Fingerprint.exact(sha256, null, null), source)).isEmpty();
		assertThat(known.match(new Fingerprint(hex(64, 99), null, null, flip(pdq, 10), 90, List.of())))
			.singleElement().satisfies(m -> {
				assertThat(m.fromList()).isFalse();
				assertThat(m.sourceId()).isEqualTo(source);
				assertThat(m.caseId()).isEqualTo(caseId);
			});
	}

	@Test
	void thePageNamesRefusedLinesAndImportsThroughAStreamedForm() throws Exception {
		var analyst = TestActors.staff(Permission.HASH_LIST_MANAGE);
		String boundary = "kk-list-" + UUID.randomUUID();
		String name = "Page " + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + name + "\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"provider\"\r\n\r\nTest hotline\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\nCSV\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.csv\"\r\n\r\n"
				+ "hash_type,hash,category,source\nMD5,nothex,KNOWN_CSAM,x\n\r\n--" + boundary + "--\r\n";
		MvcResult refused = mvc.perform(post("/admin/hash-lists").contentType("multipart/form-data; boundary=" + boundary)
			.content(body.getBytes(StandardCharsets.UTF_8)).header("Accept-Language", "en").with(analyst).with(csrf().asHeader()))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Nothing was imported: 1 line(s) refused").contains("Line 2, hash: Not a MD5 hash");

		MvcResult imported = mvc.perform(post("/admin/hash-lists").contentType("multipart/form-data; boundary=" + boundary)
			.content(body.replace("nothex", hex(32, 77)).getBytes(StandardCharsets.UTF_8)).with(analyst).with(csrf().asHeader()))
			.andReturn();
		assertThat(imported.getResponse().getStatus()).isEqualTo(302);
		assertThat(mvc.perform(get("/admin/hash-lists").with(analyst)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains(name);
		assertThat(mvc.perform(get("/admin/hash-lists").with(TestActors.staff(Permission.CASE_VIEW))).andReturn()
			.getResponse().getStatus()).isEqualTo(403);
	}

	/** The hash with its first {@code bits} bits inverted. */
	static String flip(String hex, int bits) {
		char[] digits = hex.toCharArray();
		for (int bit = 0; bit < bits; bit++) {
			int digit = bit / 4;
			int value = Character.digit(digits[digit], 16) ^ (8 >> (bit % 4));
			digits[digit] = Character.forDigit(value, 16);
		}
		return new String(digits);
	}

}
