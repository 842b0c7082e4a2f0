package org.kumkrong.casework.web;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.account.StaffSession;
import org.kumkrong.account.TotpCodes;
import org.kumkrong.account.internal.DemoSignIn;
import org.kumkrong.casework.CasePriority;
import org.kumkrong.casework.OutcomeType;
import org.kumkrong.casework.internal.CaseFile;
import org.kumkrong.casework.internal.Casework;
import org.kumkrong.casework.internal.Child;
import org.kumkrong.casework.internal.ChildIdentity;
import org.kumkrong.casework.internal.Drafts.CaseDraft;
import org.kumkrong.casework.internal.Drafts.ChildDraft;
import org.kumkrong.casework.internal.Drafts.IdentifierDraft;
import org.kumkrong.casework.internal.Drafts.IncidentDraft;
import org.kumkrong.casework.internal.Drafts.OutcomeDraft;
import org.kumkrong.casework.internal.Drafts.SuspectDraft;
import org.kumkrong.casework.internal.LegalBasis;
import org.kumkrong.casework.internal.Note;
import org.kumkrong.casework.internal.RecordedOffence;
import org.kumkrong.casework.internal.Suspect;
import org.kumkrong.casework.internal.SuspectIdentifier;
import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.platform.Authorities;
import org.kumkrong.platform.MutableClock;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.TestActors.TestActor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.kumkrong.platform.TestActors.staff;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KumkrongIntegrationTest
class CaseDocumentsControllerTests {

	static final String CHILD_NAME = "เด็กหญิงแคนารี ทดสอบลับ";

	static final String TITLE = "ผู้ใหญ่ข่มขู่เด็กผ่านเกมออนไลน์ ที่นี่ น้ำ ปู่";

	static final Path OUT = Path.of("target", "pdf-tests");

	@Autowired
	MockMvc mvc;

	@Autowired
	Casework casework;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MutableClock mutableClock;

	@Autowired
	JdbcTemplate jdbcTemplate;

	/** The demo prosecutor's TOTP secret, as in the README. */
	static final String PROSECUTOR_TOTP = "6JUHGCUH6J7JZO4EHJ43773FK4AC3LEO";

	final UUID investigator = UUID.randomUUID();

	final UUID socialWorker = UUID.randomUUID();

	private List<AgencyView> twoAgencies() {
		List<AgencyView> active = agencies.active();
		return List.of(active.get(0), active.get(1));
	}

	/** Runs {@code work} as a staff member of {@code agencyId} holding {@code permissions}. */
	static <T> T as(UUID userId, UUID agencyId, Supplier<T> work, Permission... permissions) {
		List<SimpleGrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(Authorities.SIGNED_IN));
		for (Permission permission : permissions) {
			authorities.add(new SimpleGrantedAuthority(permission.authority()));
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken
			.authenticated(new TestActor(userId, "test-" + userId.toString().substring(0, 8), agencyId), null, authorities));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static final Permission[] EDITOR = { Permission.CASE_VIEW, Permission.CASE_OPEN, Permission.CASE_EDIT,
			Permission.CASE_MANAGE, Permission.CHILD_IDENTITY_VIEW };

	/** A case of agency A with agency B on its team, a child with an identity, a suspect, incident, outcome, task, notes. */
	CaseFile richCase(UUID owner, UUID member, int incidents) {
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Bangkok")));
		CaseFile kase = as(investigator, owner, () -> {
			CaseFile opened = casework.open(new CaseDraft(TITLE, "สรุป: เด็กถูกขู่ให้ส่งรูป", CasePriority.URGENT, "TH-57"));
			Child child = casework.addChild(opened.id(), new ChildDraft("AGE_13_15", "FEMALE", "TH-57", "ต้องการที่พักพิงและคำปรึกษา",
					"ผู้กระทำยังติดต่อเด็กอยู่", new ChildIdentity(CHILD_NAME, null, null, "บ้านลับ 99", null, null)));
			Suspect suspect = casework.addSuspect(opened.id(),
					new SuspectDraft("ผู้ต้องสงสัย A", false, "25–30", Suspect.Relation.STRANGER_ONLINE, Suspect.ArrestStatus.NOT_ARRESTED));
			casework.addIdentifier(opened.id(), suspect.id(),
					new IdentifierDraft(SuspectIdentifier.Kind.SCREEN_NAME, "LINE", "@dark_uncle99", Instant.parse("2026-01-05T03:00:00Z")));
			for (int i = 0; i < incidents; i++) {
				casework.addIncident(opened.id(), new IncidentDraft(today.minusDays(3 + i), "TH-57",
						"เด็กได้รับข้อความข่มขู่ผ่าน LINE ว่าจะเผยแพร่ภาพ หากไม่ส่งภาพเพิ่ม ครั้งที่ " + (i + 1),
						List.of(new RecordedOffence("SEXTORTION", null, List.of())), Set.of("LINE"), Set.of(child.id()),
						Set.of(suspect.id())));
			}
			casework.recordOutcome(opened.id(), new OutcomeDraft(OutcomeType.CHARGED, today.minusDays(1), suspect.id(), null,
					LegalBasis.PENAL_287_2, "แจ้งข้อกล่าวหาแล้ว"));
			casework.addTask(opened.id(), "สัมภาษณ์เด็กร่วมกับนักสังคมสงเคราะห์", null, today.plusDays(7), false);
			casework.addNote(opened.id(), Note.Visibility.TEAM, "บันทึกสำหรับทั้งทีม: ผู้ปกครองให้ความร่วมมือ");
			CaseFile current = casework.visible(opened.id());
			casework.addToTeam(opened.id(), current.version(), member);
			return current;
		}, EDITOR);
		as(socialWorker, member, () -> casework.addNote(kase.id(), Note.Visibility.AGENCY, "บันทึกภายในหน่วยงานสังคมเท่านั้น"),
				Permission.CASE_VIEW, Permission.CASE_EDIT);
		return kase;
	}

	@Test
	void summaryPdfShowsTheCaseInThaiWithoutTheChildsIdentity() throws Exception {
		List<AgencyView> two = twoAgencies();
		CaseFile kase = richCase(two.get(0).id(), two.get(1).id(), 2);

		byte[] pdf = mvc.perform(get("/cases/" + kase.id() + "/summary.pdf").param("lang", "th")
				.with(staff(investigator, two.get(0).id(), Permission.CASE_VIEW, Permission.CHILD_IDENTITY_VIEW)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString(kase.reference() + "-summary.pdf")))
			.andReturn().getResponse().getContentAsByteArray();

		String text = text(pdf);
		assertThat(text).contains("สรุปคดี " + kase.reference(), TITLE, "ด่วนที่สุด", two.get(0).nameTh(), two.get(1).nameTh(),
				"13–15 ปี", "หญิง", "ต้องการที่พักพิง", "ผู้ต้องสงสัย A", "คนแปลกหน้าที่รู้จักทางออนไลน์",
				"@dark_uncle99", "เหตุการณ์ที่ 2", "SEXTORTION", "ประมวลกฎหมายอาญา", "287/2", "แจ้งข้อหา/ฟ้อง",
				"สัมภาษณ์เด็กร่วมกับนักสังคมสงเคราะห์", "บันทึกสำหรับทั้งทีม", "ลับ — สร้างเมื่อ");
		// Never the identity; never a note the viewer's agency may not read.
		assertThat(text).doesNotContain(CHILD_NAME, "บ้านลับ", "บันทึกภายในหน่วยงานสังคมเท่านั้น");
		assertThat(audits("casework.case.summaryExported", kase.id())).isOne();

		// The social services agency reads its own note, in English.
		String english = text(mvc.perform(get("/cases/" + kase.id() + "/summary.pdf").param("lang", "en")
				.with(staff(socialWorker, two.get(1).id(), Permission.CASE_VIEW)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(english).contains("Case summary " + kase.reference(), "Urgent", "Penal Code",
				"Met online, a stranger", "บันทึกภายในหน่วยงานสังคมเท่านั้น", "Confidential — generated");
		assertThat(english).doesNotContain(CHILD_NAME);
		assertThat(audits("casework.case.summaryExported", kase.id())).isEqualTo(2);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			Files.createDirectories(OUT);
			ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", OUT.resolve("case-summary-th-page1.png").toFile());
		}
	}

	@Test
	void summaryIsNotFoundOutsideTheCaseTeam() throws Exception {
		List<AgencyView> active = agencies.active();
		CaseFile kase = richCase(active.get(0).id(), active.get(1).id(), 1);
		UUID outsider = active.get(2).id();
		mvc.perform(get("/cases/" + kase.id() + "/summary.pdf").with(staff(UUID.randomUUID(), outsider, EDITOR)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/cases/" + UUID.randomUUID() + "/summary.pdf").with(staff(investigator, active.get(0).id(), EDITOR)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/cases/" + kase.id() + "/summary.pdf").with(staff(investigator, active.get(0).id(), Permission.AUDIT_READ)))
			.andExpect(status().isForbidden());
		assertThat(audits("casework.case.summaryExported", kase.id())).isZero();
	}

	@Test
	void exportNeedsThePermissionAndTheSecondFactor() throws Exception {
		List<AgencyView> two = twoAgencies();
		CaseFile kase = richCase(two.get(0).id(), two.get(1).id(), 1);
		UUID agency = two.get(0).id();
		mvc.perform(get("/cases/export").with(staff(investigator, agency, Permission.CASE_VIEW)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/cases/export").with(csrf()).param("code", "123456")
				.with(staff(investigator, agency, Permission.CASE_VIEW)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/cases/export").with(staff(investigator, agency, Permission.CASE_VIEW, Permission.CASE_EXPORT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"code\"")));
		mvc.perform(post("/cases/export").with(csrf()).param("status", "OPEN").param("code", "000000").param("lang", "en")
				.with(staff(investigator, agency, Permission.CASE_VIEW, Permission.CASE_EXPORT)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(containsString("The code was not accepted")))
			.andExpect(content().string(containsString("value=\"OPEN\" selected")));
		mvc.perform(post("/cases/export").with(csrf()).param("status", "NOT_A_STATUS").param("lang", "en")
				.with(staff(investigator, agency, Permission.CASE_VIEW, Permission.CASE_EXPORT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a status and province from the lists")));
		assertThat(audits("casework.case.exported", kase.id())).isZero();
	}

	@Test
	void exportsTheVisibleCasesAsExcelReadableCsvAfterTheSecondFactor() throws Exception {
		// A real staff session: the step-up checks the account's own TOTP code (demo prosecutor, README).
		StaffSession prosecutor = DemoSignIn.as("prosecutor", mvc, jdbcTemplate, mutableClock);
		try {
			UUID userId = jdbc.sql("select id from account_user where username = 'prosecutor'").query(UUID.class).single();
			UUID agency = jdbc.sql("select agency_id from account_user where username = 'prosecutor'").query(UUID.class).single();
			List<AgencyView> others = agencies.active().stream().filter(a -> !a.id().equals(agency)).toList();
			CaseFile ours = richCase(agency, others.get(0).id(), 2);
			CaseFile theirs = richCase(others.get(1).id(), others.get(2).id(), 1);

			MvcResult wrong = prosecutor.perform(post("/cases/export").with(csrf()).param("province", "TH-57")
				.param("code", "000000").param("lang", "en"));
			assertThat(wrong.getResponse().getContentType()).startsWith("text/html");
			assertThat(wrong.getResponse().getContentAsString()).contains("The code was not accepted");
			assertThat(audits("casework.case.exported", ours.id())).isZero();

			MvcResult result = prosecutor.perform(post("/cases/export").with(csrf()).param("province", "TH-57")
				.param("code", nextCode("prosecutor", PROSECUTOR_TOTP)).param("lang", "th"));
			assertThat(result.getResponse().getContentType()).startsWith("text/csv");
			assertThat(result.getResponse().getHeader("Content-Disposition")).contains(".csv");
			byte[] csv = result.getResponse().getContentAsByteArray();

			// UTF-8 with a byte order mark, so that Excel shows Thai.
			assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
			String body = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
			List<CSVRecord> records;
			try (CSVParser parser = CSVFormat.EXCEL.builder().setHeader().get().parse(new StringReader(body))) {
				assertThat(parser.getHeaderNames()).containsExactly("เลขคดี", "ชื่อคดี", "สถานะ", "ความเร่งด่วน", "หน่วยงานเจ้าของคดี",
						"จังหวัด", "เปิดคดีเมื่อ", "ปิดคดีเมื่อ", "จำนวนเด็ก", "จำนวนผู้ต้องสงสัย", "รหัสความผิด");
				records = parser.getRecords();
			}
			CSVRecord row = records.stream().filter(r -> r.get("เลขคดี").equals(ours.reference())).findFirst().orElseThrow();
			assertThat(row.get("ชื่อคดี")).isEqualTo(TITLE);
			assertThat(row.get("สถานะ")).isEqualTo("ชั้นอัยการ");
			assertThat(row.get("หน่วยงานเจ้าของคดี")).isEqualTo(agencies.find(agency).orElseThrow().nameTh());
			assertThat(row.get("จังหวัด")).isEqualTo("เชียงราย");
			assertThat(row.get("จำนวนเด็ก")).isEqualTo("1");
			assertThat(row.get("จำนวนผู้ต้องสงสัย")).isEqualTo("1");
			assertThat(row.get("รหัสความผิด")).isEqualTo("SEXTORTION");
			assertThat(records).noneMatch(r -> r.get("เลขคดี").equals(theirs.reference()));
			assertThat(records).allMatch(r -> r.get("จังหวัด").equals("เชียงราย"));
			assertThat(body).doesNotContain(CHILD_NAME, "บ้านลับ");
			// One audit entry per exported case, and the step-up's own entries.
			assertThat(audits("casework.case.exported", ours.id())).isOne();
			assertThat(audits("casework.case.exported", theirs.id())).isZero();
			long exported = jdbc.sql("select count(*) from audit_entry where action = 'casework.case.exported' and actor_id = ?")
				.param(userId).query(Long.class).single();
			assertThat(exported).isEqualTo(records.size());
			assertThat(jdbc.sql("select outcome from audit_entry where action = 'account.stepUp.caseExport' and actor_id = ? order by seq")
				.param(userId).query(String.class).list()).containsExactly("FAILURE", "SUCCESS");
		}
		finally {
			mutableClock.reset();
		}
	}

	/** The account's next unused TOTP step (a code is accepted once), moving the test clock on when needed. */
	private String nextCode(String username, String secret) {
		long lastStep = jdbc.sql("select totp_last_step from account_user where username = ?").param(username)
			.query(Long.class).single();
		long current = mutableClock.instant().getEpochSecond() / 30;
		long step = lastStep + 1;
		if (step > current + 1) {
			mutableClock.advance(Duration.ofSeconds((step - current - 1) * 30));
		}
		return TotpCodes.at(secret, Instant.ofEpochSecond(step * 30));
	}

	private long audits(String action, UUID id) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and record_id = ?")
			.params(action, id.toString()).query(Long.class).single();
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			// Tables are drawn on their own layer after the text around them: read in the order of the page.
			stripper.setSortByPosition(true);
			return stripper.getText(document).replace("\u200B", "").replaceAll("\\s*\\R\\s*", " ");
		}
	}

}
