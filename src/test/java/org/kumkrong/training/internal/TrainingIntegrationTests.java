package org.kumkrong.training.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.account.Role;
import org.kumkrong.account.StaffDirectory;
import org.kumkrong.account.internal.UserAdministration;
import org.kumkrong.directory.Agencies;
import org.kumkrong.platform.InkImages;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.RuleViolationException;
import org.kumkrong.platform.TestActors;
import org.kumkrong.training.TrainingCompleted;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Training end to end on the shared application context: the bundled content, a trainee failing and then
 * passing with a certificate and a {@link TrainingCompleted} event, versions that leave people mid-course alone,
 * coverage with its gaps, the certificate PDF in Thai (rendered and compared), and who may reach what.
 */
@KumkrongIntegrationTest
@EnableScenarios
class TrainingIntegrationTests {

	static final Pattern THAI = Pattern.compile("\\p{IsThai}");

	static final Path OUT = Path.of("target", "training-tests");

	@Autowired
	Catalogue catalogue;

	@Autowired
	TrainingDesk desk;

	@Autowired
	Authoring authoring;

	@Autowired
	Coverage coverage;

	@Autowired
	PublicLessons publicLessons;

	@Autowired
	CertificateDocument certificates;

	@Autowired
	Markdown markdown;

	@Autowired
	UserAdministration administration;

	@Autowired
	StaffDirectory staff;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	UUID person(UUID agency, Role role, String name) {
		return administration.createActivated("tr-" + UUID.randomUUID().toString().substring(0, 8), name, agency,
				EnumSet.of(role), "Kumkrong-demo-2026", org.kumkrong.account.TotpCodes.newSecret());
	}

	UUID course(String slug) {
		return catalogue.courseBySlug(slug).orElseThrow();
	}

	List<String> audit(String action, Object recordId) {
		return jdbc.queryForList("select action from audit_entry where action = ? and record_id = ?", String.class, action,
				recordId.toString());
	}

	/** Answers every question of the attempt right (or wrong: the first wrong option, or no option). */
	Map<UUID, Set<UUID>> answers(Attempt attempt, Enrolment enrolment, boolean right) {
		Map<UUID, Set<UUID>> answers = new HashMap<>();
		for (Question question : desk.questionsOf(attempt, enrolment)) {
			answers.put(question.id(), right ? question.rightOptions()
					: question.options().stream().filter(o -> !o.correct()).limit(1).map(Question.Option::id).collect(Collectors.toSet()));
		}
		return answers;
	}

	void finishLessons(Enrolment enrolment) {
		for (Lesson lesson : catalogue.lessons(enrolment.courseId(), enrolment.version())) {
			desk.lessonDone(enrolment, lesson.id());
		}
	}

	// ------------------------------------------------------------------------------------------- content

	@Test
	void startsWithThreeBilingualStaffCoursesCitingTheLawsAndFivePublicModules() {
		Map<String, Role> courses = Map.of("police-first-response", Role.INVESTIGATOR, "prosecuting-ict-offences",
				Role.PROSECUTOR, "child-friendly-justice", Role.JUDGE);
		for (var entry : courses.entrySet()) {
			CourseVersion course = catalogue.published(course(entry.getKey())).orElseThrow();
			assertThat(course.audienceRoles()).contains(entry.getValue().name());
			assertThat(course.languages()).containsExactlyInAnyOrder("th", "en");
			List<Lesson> lessons = catalogue.lessons(course.courseId(), course.version());
			assertThat(lessons).as(entry.getKey()).hasSizeGreaterThanOrEqualTo(4);
			String english = lessons.stream().map(l -> l.body().en()).collect(Collectors.joining("\n")) + course.description().en();
			String thai = lessons.stream().map(l -> l.body().th()).collect(Collectors.joining("\n")) + course.description().th();
			for (Lesson lesson : lessons) {
				assertThat(catalogue.lessonChecks(lesson.id())).as("practice questions of %s", lesson.title().en()).isNotEmpty();
				assertThat(lesson.title().th()).containsPattern(THAI);
				assertThat(lesson.body().en().split("\\s+").length).as("words in %s", lesson.title().en()).isGreaterThan(250);
				assertThat(lesson.body().th()).containsPattern(THAI);
			}
			assertThat(english).contains("Child Protection Act B.E. 2546", "Computer-Related Crime Act B.E. 2550",
					"No. 24 B.E. 2558", "Anti-Trafficking in Persons Act B.E. 2551");
			assertThat(thai).contains("พระราชบัญญัติคุ้มครองเด็ก พ.ศ. 2546", "พ.ศ. 2550", "ฉบับที่ 24 พ.ศ. 2558",
					"พระราชบัญญัติป้องกันและปราบปรามการค้ามนุษย์ พ.ศ. 2551");
			List<Question> questions = catalogue.questions(course.courseId(), course.version());
			assertThat(questions).as("the final assessment, without the lessons' practice questions").hasSize(9);
			assertThat(questions).extracting(Question::kind).contains(Question.Kind.SINGLE, Question.Kind.MULTIPLE);
			assertThat(questions).allSatisfy(q -> assertThat(q.problem()).isNull());
		}
		assertThat(publicLessons.all()).hasSizeGreaterThanOrEqualTo(4);
		assertThat(publicLessons.all()).extracting(PublicLessons.Module::audience)
			.contains(PublicLessons.Audience.values());
		for (PublicLessons.Module module : publicLessons.all()) {
			assertThat(module.title().th()).containsPattern(THAI);
			assertThat(module.html().th()).containsPattern(THAI).contains("<h2>");
			assertThat(module.html().en()).contains("<h2>");
			assertThat(module.questions()).hasSizeGreaterThanOrEqualTo(3);
		}
		String sextortion = publicLessons.find("sextortion-not-your-fault").orElseThrow().html().en();
		assertThat(sextortion).contains("It is not your fault", "You will not be in trouble", "Do not pay");
	}

	// --------------------------------------------------------------------------------------- completion

	@Test
	void aTraineeWhoFailsOnceAndThenPassesGetsACertificateAndTheCompletionIsPublished(Scenario scenario) {
		UUID agency = agencies.create("Training test police station", "สถานีตำรวจทดสอบการอบรม", "POLICE", "TH-57", null);
		UUID trainee = person(agency, Role.INVESTIGATOR, "ร้อยตำรวจโท ทดสอบ ใจดี");
		UUID courseId = course("police-first-response");
		Enrolment enrolment = desk.enrolSelf(courseId, trainee);
		assertThat(audit("training.enrolment.created", enrolment.id())).hasSize(1);
		assertThat(enrolment.roleCode()).isEqualTo("INVESTIGATOR");
		assertThat(enrolment.agencyType()).isEqualTo("POLICE");
		assertThat(enrolment.provinceCode()).isEqualTo("TH-57");

		assertThatThrownBy(() -> desk.openAttempt(enrolment)).isInstanceOf(RuleViolationException.class)
			.hasMessage("training.assessment.error.lessons");
		finishLessons(enrolment);

		Attempt first = desk.openAttempt(enrolment);
		CourseVersion course = catalogue.version(courseId, enrolment.version()).orElseThrow();
		assertThat(first.questionIds()).hasSize(course.questionsPerAttempt());
		assertThat(desk.openAttempt(enrolment).id()).as("an open attempt is reused, not redrawn").isEqualTo(first.id());
		var failed = desk.submit(enrolment, first.id(), answers(first, enrolment, false));
		assertThat(failed.passed()).isFalse();
		assertThat(failed.scorePercent()).isZero();
		assertThat(failed.wrongQuestions()).hasSize(course.questionsPerAttempt());
		assertThat(failed.certificate()).isNull();
		assertThat(audit("training.assessment.failed", enrolment.id())).hasSize(1);
		assertThatThrownBy(() -> desk.submit(enrolment, first.id(), Map.of())).isInstanceOf(RuleViolationException.class);

		Enrolment afterFailure = desk.enrolment(trainee, courseId).orElseThrow();
		assertThat(afterFailure.attemptsUsed()).isEqualTo(1);
		assertThat(afterFailure.completed()).isFalse();
		Attempt second = desk.openAttempt(afterFailure);
		assertThat(second.id()).isNotEqualTo(first.id());

		scenario.stimulate(() -> desk.submit(afterFailure, second.id(), answers(second, afterFailure, true)))
			.andWaitForEventOfType(TrainingCompleted.class)
			.matching(event -> event.courseId().equals(courseId) && "TH-57".equals(event.provinceCode()))
			.toArriveAndVerify(event -> {
				assertThat(event.version()).isEqualTo(enrolment.version());
				assertThat(event.role()).isEqualTo("INVESTIGATOR");
				assertThat(event.agencyType()).isEqualTo("POLICE");
				assertThat(event.at()).isNotNull();
			});
		Enrolment completed = desk.enrolment(trainee, courseId).orElseThrow();
		assertThat(completed.completed()).isTrue();
		assertThat(completed.attemptsUsed()).isEqualTo(2);
		Certificate certificate = desk.certificateOf(completed.id()).orElseThrow();
		assertThat(certificate.code()).matches("KKT(-[A-HJ-NP-TV-Z2-9]{4}){3}");
		assertThat(certificate.holderName()).isEqualTo("ร้อยตำรวจโท ทดสอบ ใจดี");
		assertThat(certificate.version()).isEqualTo(enrolment.version());
		assertThat(desk.certificate(certificate.code())).contains(certificate);
		assertThat(desk.certificate("KKT-AAAA-BBBB-CCCC")).isEmpty();
		assertThat(desk.certificate("' or 1=1 --")).isEmpty();
		assertThat(audit("training.assessment.passed", enrolment.id())).hasSize(1);
		assertThat(audit("training.certificate.issued", certificate.code())).hasSize(1);
		assertThatThrownBy(() -> desk.openAttempt(completed)).isInstanceOf(RuleViolationException.class)
			.hasMessage("training.assessment.error.completed");
	}

	@Test
	void noMoreAttemptsThanTheCourseAllows() {
		UUID agency = agencies.create("Attempts test office", "สำนักงานทดสอบจำนวนครั้ง", "PROSECUTION", "TH-50", null);
		UUID trainee = person(agency, Role.PROSECUTOR, "Attempts Tester");
		Enrolment enrolment = desk.enrolSelf(course("prosecuting-ict-offences"), trainee);
		finishLessons(enrolment);
		for (int i = 0; i < 3; i++) {
			Enrolment now = desk.enrolment(trainee, enrolment.courseId()).orElseThrow();
			Attempt attempt = desk.openAttempt(now);
			assertThat(desk.submit(now, attempt.id(), answers(attempt, now, false)).passed()).isFalse();
		}
		Enrolment exhausted = desk.enrolment(trainee, enrolment.courseId()).orElseThrow();
		assertThatThrownBy(() -> desk.openAttempt(exhausted)).isInstanceOf(RuleViolationException.class)
			.hasMessage("training.assessment.error.noAttempts");
	}

	@Test
	void questionsAreDrawnInRandomOrder() {
		UUID agency = agencies.create("Order test court", "ศาลทดสอบลำดับ", "COURT", "TH-50", null);
		Set<List<UUID>> orders = new HashSet<>();
		for (int i = 0; i < 6; i++) {
			UUID judge = person(agency, Role.JUDGE, "Order Tester " + i);
			Enrolment enrolment = desk.enrolSelf(course("child-friendly-justice"), judge);
			finishLessons(enrolment);
			orders.add(desk.openAttempt(enrolment).questionIds());
		}
		// Eight of nine questions in one of 9!/1! orders: six equal draws would mean no shuffling.
		assertThat(orders).hasSizeGreaterThan(1);
	}

	// ------------------------------------------------------------------------------------------ versions

	@Test
	void publishingANewVersionLeavesPeopleMidCourseOnTheVersionTheyStarted() throws Exception {
		UUID agency = agencies.create("Version test unit", "หน่วยทดสอบฉบับ", "POLICE", "TH-10", null);
		UUID trainerId = person(agency, Role.TRAINER, "Version Trainer");
		UUID courseId;
		try (var as = TestActors.actAs(trainerId, agency, Permission.TRAINING_AUTHOR)) {
			courseId = authoring.create(new CourseVersion(null, null, 0, CourseVersion.Status.DRAFT,
					new Texts("Versioned course", "หลักสูตรทดสอบฉบับ"), new Texts("A test.", "ทดสอบ"), Set.of("INVESTIGATOR"),
					100, 0, 0, null));
			authoring.saveLesson(courseId, null, new Texts("Lesson one", "บทที่หนึ่ง"), new Texts("First text.", "ข้อความแรก"));
			authoring.saveQuestion(courseId, null, new Question(null, 0, Question.Kind.SINGLE, new Texts("Two and two?", "สองบวกสอง"),
					new Texts("", ""), List.of(new Question.Option(UUID.randomUUID(), 1, new Texts("4", "4"), true),
							new Question.Option(UUID.randomUUID(), 2, new Texts("5", "5"), false))));
			UUID lessonOne = catalogue.lessons(courseId, 1).get(0).id();
			authoring.saveQuestion(courseId, null, new Question(null, 0, Question.Kind.SINGLE, new Texts("Practice?", "ฝึกหัด"),
					new Texts("", ""), List.of(new Question.Option(UUID.randomUUID(), 1, new Texts("Yes", "ใช่"), true),
							new Question.Option(UUID.randomUUID(), 2, new Texts("No", "ไม่"), false))), lessonOne);
			assertThat(catalogue.questions(courseId, 1)).as("the assessment").hasSize(1);
			assertThat(catalogue.lessonChecks(lessonOne)).hasSize(1);
			assertThat(authoring.publish(courseId)).isEqualTo(1);
		}
		UUID early = person(agency, Role.INVESTIGATOR, "Early Trainee");
		Enrolment started = desk.enrolSelf(courseId, early);
		Lesson v1Lesson = catalogue.lessons(courseId, 1).get(0);
		desk.lessonDone(started, v1Lesson.id());

		try (var as = TestActors.actAs(trainerId, agency, Permission.TRAINING_AUTHOR)) {
			CourseVersion draft = authoring.draft(courseId);
			assertThat(draft.version()).isEqualTo(2);
			Lesson copied = catalogue.lessons(courseId, 2).get(0);
			assertThat(copied.id()).isNotEqualTo(v1Lesson.id());
			assertThat(catalogue.lessonChecks(copied.id())).extracting(q -> q.text().en()).containsExactly("Practice?");
			assertThat(catalogue.questions(courseId, 2)).hasSize(1);
			authoring.saveLesson(courseId, copied.id(), new Texts("Lesson one, revised", "บทที่หนึ่ง ฉบับปรับปรุง"),
					new Texts("Revised text.", "ข้อความใหม่"));
			authoring.saveLesson(courseId, null, new Texts("Lesson two", "บทที่สอง"), new Texts("More.", "เพิ่มเติม"));
			assertThatThrownBy(() -> authoring.saveLesson(courseId, v1Lesson.id(), new Texts("x", "x"), new Texts("x", "x")))
				.as("a published version's lesson cannot be edited").isInstanceOf(org.kumkrong.platform.NotFoundException.class);
			assertThat(authoring.publish(courseId)).isEqualTo(2);
		}
		assertThat(audit("training.course.published", courseId)).hasSize(2);

		Enrolment still = desk.enrolment(early, courseId).orElseThrow();
		assertThat(still.version()).isEqualTo(1);
		assertThat(catalogue.lessons(courseId, still.version())).extracting(l -> l.title().en()).containsExactly("Lesson one");
		assertThat(desk.lessonsDone(still.id())).containsExactly(v1Lesson.id());
		Attempt attempt = desk.openAttempt(still);
		assertThat(desk.submit(still, attempt.id(), answers(attempt, still, true)).certificate().version()).isEqualTo(1);

		Enrolment late = desk.enrolSelf(courseId, person(agency, Role.INVESTIGATOR, "Late Trainee"));
		assertThat(late.version()).isEqualTo(2);
		assertThat(catalogue.lessons(courseId, 2)).extracting(l -> l.title().en()).containsExactly("Lesson one, revised", "Lesson two");
	}

	// ------------------------------------------------------------------------------------------ coverage

	@Test
	void coverageCountsCompletionsByProvinceAgencyTypeAndRoleAndListsTheGaps() {
		UUID narathiwat = agencies.create("Coverage test prosecution Narathiwat", "อัยการทดสอบนราธิวาส", "PROSECUTION", "TH-96", null);
		UUID yala = agencies.create("Coverage test prosecution Yala", "อัยการทดสอบยะลา", "PROSECUTION", "TH-95", null);
		UUID done = person(narathiwat, Role.PROSECUTOR, "Coverage Done");
		person(narathiwat, Role.PROSECUTOR, "Coverage Pending");
		person(yala, Role.PROSECUTOR, "Coverage Yala");
		UUID courseId = course("prosecuting-ict-offences");
		Enrolment enrolment = desk.enrolSelf(courseId, done);
		finishLessons(enrolment);
		Attempt attempt = desk.openAttempt(enrolment);
		desk.submit(enrolment, attempt.id(), answers(attempt, enrolment, true));

		Coverage.Report report = coverage.of(catalogue.published(courseId).orElseThrow());
		assertThat(report.groups()).contains(new Coverage.Group("TH-96", "PROSECUTION", "PROSECUTOR", 2, 1));
		assertThat(report.gaps()).contains(new Coverage.Group("TH-95", "PROSECUTION", "PROSECUTOR", 1, 0));
		assertThat(report.gaps()).noneMatch(g -> g.provinceCode().equals("TH-96") && g.role().equals("PROSECUTOR")
				&& g.agencyType().equals("PROSECUTION"));
		assertThat(report.agencies()).anySatisfy(row -> {
			assertThat(row.agencyId()).isEqualTo(narathiwat);
			assertThat(row.staff()).isEqualTo(2);
			assertThat(row.completed()).isEqualTo(1);
		});
		assertThat(report.completedByProvince()).containsEntry("TH-95", 0L);
		assertThat(report.staffByProvince().get("TH-96")).isGreaterThanOrEqualTo(2L);
		// Judges are not the audience of the prosecutors' course: they are not counted as a gap.
		assertThat(report.groups()).noneMatch(g -> g.role().equals("JUDGE"));
	}

	@Test
	void aTrainerEnrolsEveryoneOfARoleInAProvince() throws Exception {
		UUID court = agencies.create("Enrol test court Pattani", "ศาลทดสอบปัตตานี", "COURT", "TH-94", null);
		UUID trainerAgency = agencies.create("Enrol test academy", "สถาบันทดสอบ", "POLICE", "TH-10", null);
		UUID judgeA = person(court, Role.JUDGE, "Enrol Judge A");
		UUID judgeB = person(court, Role.JUDGE, "Enrol Judge B");
		person(court, Role.SOCIAL_WORKER, "Enrol Not A Judge");
		UUID trainer = person(trainerAgency, Role.TRAINER, "Enrol Trainer");
		UUID courseId = course("child-friendly-justice");
		mvc.perform(post("/training/enrol").with(TestActors.staff(trainer, trainerAgency, Permission.TRAINING_ENROL_OTHERS))
			.with(csrf())
			.param("courseId", courseId.toString())
			.param("scope", "PROVINCE")
			.param("provinceCode", "TH-94")
			.param("role", "JUDGE"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
		assertThat(desk.enrolment(judgeA, courseId)).hasValueSatisfying(e -> assertThat(e.enrolledBy()).isEqualTo(trainer));
		assertThat(desk.enrolment(judgeB, courseId)).isPresent();
		assertThat(jdbc.queryForObject("select count(*) from training_enrolment e join account_user u on u.id = e.user_id "
				+ "where u.display_name = 'Enrol Not A Judge'", Long.class)).isZero();

		// A bad form is shown again, naming the field; never a 500.
		var page = mvc.perform(post("/training/enrol").with(TestActors.staff(trainer, trainerAgency, Permission.TRAINING_ENROL_OTHERS))
			.with(csrf()).param("lang", "en").param("courseId", "not-a-course").param("scope", "AGENCY").param("role", "NOPE"))
			.andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("Choose a published course.", "Choose a role.", "Choose an agency.");
		// Without the permission: refused.
		assertThat(mvc.perform(post("/training/enrol").with(TestActors.staff(judgeA, court)).with(csrf())
			.param("courseId", courseId.toString()).param("scope", "PERSON").param("username", "judge"))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	// ------------------------------------------------------------------------------------- certificate

	@Test
	void theCertificatePdfShowsThaiAsTheFontShapesIt() throws IOException {
		UUID agency = agencies.create("Certificate test station", "สถานีตำรวจทดสอบประกาศนียบัตร", "POLICE", "TH-57", null);
		UUID trainee = person(agency, Role.INVESTIGATOR, "ร้อยตำรวจเอกหญิง สมศรี มีสุข");
		Enrolment enrolment = desk.enrolSelf(course("police-first-response"), trainee);
		finishLessons(enrolment);
		Attempt attempt = desk.openAttempt(enrolment);
		Certificate certificate = desk.submit(enrolment, attempt.id(), answers(attempt, enrolment, true)).certificate();

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Locale thai = Locale.forLanguageTag("th");
		certificates.write(certificate, thai, "https://kumkrong.example/certificates/" + certificate.code(), out);
		byte[] pdf = out.toByteArray();
		Files.createDirectories(OUT);
		Files.write(OUT.resolve("certificate-th.pdf"), pdf);

		String title = "ประกาศนียบัตรผ่านการฝึกอบรม";
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(document).replace("\u200B", "").replaceAll("\\s*\\R\\s*", " ");
			// Every Thai character maps back to itself: no missing glyph, no wrong order.
			assertThat(text).contains(title, "ร้อยตำรวจเอกหญิง สมศรี มีสุข",
					"การรับมือเบื้องต้นต่อการแสวงประโยชน์ทางเพศจากเด็กทางออนไลน์", certificate.code(), "ขอรับรองว่า",
					// The date in the Buddhist Era, as Thai readers expect it.
					String.valueOf(certificate.issuedAt().atZone(java.time.ZoneId.of("Asia/Bangkok")).getYear() + 543));
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 144);
			ImageIO.write(page, "png", OUT.resolve("certificate-th.png").toFile());
			// The title as PDFBox draws it from the PDF against the same words drawn by Java2D with the same font
			// (which shapes Thai): tone marks and vowels stacked the same way.
			BufferedImage shaped = InkImages.ink(firstLine(page));
			BufferedImage reference = InkImages.ink(java2d(title, 34f));
			ImageIO.write(shaped, "png", OUT.resolve("certificate-title-pdf.png").toFile());
			ImageIO.write(reference, "png", OUT.resolve("certificate-title-java2d.png").toFile());
			assertThat(Math.abs(shaped.getWidth() - reference.getWidth())).isLessThanOrEqualTo(3);
			assertThat(Math.abs(shaped.getHeight() - reference.getHeight())).isLessThanOrEqualTo(3);
			assertThat(InkImages.difference(shaped, reference)).isLessThan(0.12);
		}
	}

	// ------------------------------------------------------------------------------------------- access

	@Test
	void aCertificateIsCheckedPubliclyAndOnlyItsHolderDownloadsIt() throws Exception {
		UUID agency = agencies.create("Access test station", "สถานีทดสอบการเข้าถึง", "POLICE", "TH-57", null);
		UUID holder = person(agency, Role.INVESTIGATOR, "Access Holder");
		UUID other = person(agency, Role.INVESTIGATOR, "Access Other");
		UUID courseId = course("police-first-response");
		Enrolment enrolment = desk.enrolSelf(courseId, holder);
		finishLessons(enrolment);
		Attempt attempt = desk.openAttempt(enrolment);
		Certificate certificate = desk.submit(enrolment, attempt.id(), answers(attempt, enrolment, true)).certificate();

		var genuine = mvc.perform(get("/certificates/" + certificate.code()).param("lang", "en")).andReturn().getResponse();
		assertThat(genuine.getStatus()).isEqualTo(200);
		assertThat(genuine.getContentAsString()).contains("is genuine", "Access Holder", "First response to online child")
			.doesNotContain("Access test station", holder.toString());
		var wrong = mvc.perform(get("/certificates/KKT-ZZZZ-ZZZZ-ZZZZ").param("lang", "en")).andReturn().getResponse();
		assertThat(wrong.getStatus()).isEqualTo(404);
		assertThat(wrong.getContentAsString()).contains("No certificate with the code KKT-ZZZZ-ZZZZ-ZZZZ").doesNotContain("Access Holder");
		assertThat(mvc.perform(get("/certificates/<script>alert(1)</script>")).andReturn().getResponse().getContentAsString())
			.doesNotContain("<script>alert(1)");

		var pdf = mvc.perform(get("/training/courses/" + courseId + "/certificate.pdf").with(TestActors.staff(holder, agency)))
			.andReturn().getResponse();
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(mvc.perform(get("/training/courses/" + courseId + "/certificate.pdf").with(TestActors.staff(other, agency)))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/training/courses/" + courseId + "/attempts/" + attempt.id()).with(TestActors.staff(other, agency)))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/training/author").with(TestActors.staff(holder, agency))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(mvc.perform(get("/training/coverage").with(TestActors.staff(holder, agency))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void thePublicSelfCheckKeepsNothingAboutTheLearner() throws Exception {
		long sessions = jdbc.queryForObject("select count(*) from spring_session", Long.class);
		var page = mvc.perform(get("/learn/someone-too-nice/check").header("Accept-Language", "th").param("q1", "1")
			.param("q2", "1", "2", "3").param("q3", "1").param("q4", "1")).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("ตอบถูก 4 จาก 4 ข้อ", "href=\"/report\"");
		// No cookie at all: no session, no identifier (only choosing a language with ?lang= sets a preference).
		assertThat(page.getHeaders("Set-Cookie")).isEmpty();
		assertThat(page.getContentAsString()).doesNotContain("<script src=\"http");
		assertThat(jdbc.queryForObject("select count(*) from spring_session", Long.class)).isEqualTo(sessions);
		var nonsense = mvc.perform(get("/learn/someone-too-nice/check").param("q1", "x").param("q2", "99999999999"))
			.andReturn().getResponse();
		assertThat(nonsense.getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/learn/no-such-module")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aTrainerUploadsALessonPictureThatLessonsMayShowAndOtherFilesAreRefused() throws Exception {
		UUID agency = agencies.create("Media test academy", "สถาบันทดสอบสื่อ", "POLICE", "TH-10", null);
		UUID trainer = person(agency, Role.TRAINER, "Media Trainer");
		UUID courseId = course("child-friendly-justice");
		BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		picture.setRGB(3, 3, 0xFF0000);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(picture, "png", png);
		var author = TestActors.staff(trainer, agency, Permission.TRAINING_AUTHOR);

		var upload = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
				"/training/author/" + courseId + "/media")
			.file(new org.springframework.mock.web.MockMultipartFile("picture", "chart.png", "image/png", png.toByteArray()))
			.with(author).with(csrf())).andReturn();
		String uploaded = (String) upload.getFlashMap().get("uploaded");
		assertThat(uploaded).matches("/training/media/[0-9a-f]{24}\\.png");
		assertThat(audit("training.media.uploaded", uploaded.substring(Markdown.MEDIA.length()))).hasSize(1);
		assertThat(markdown.html("![chart](" + uploaded + ")")).contains("<img src=\"" + uploaded + "\"");

		var served = mvc.perform(get(uploaded).with(TestActors.staff(trainer, agency))).andReturn().getResponse();
		assertThat(served.getStatus()).isEqualTo(200);
		assertThat(served.getContentType()).isEqualTo("image/png");
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(served.getContentAsByteArray())).getWidth()).isEqualTo(40);
		assertThat(mvc.perform(get(uploaded)).andReturn().getResponse().getStatus()).as("not public").isEqualTo(302);
		assertThat(mvc.perform(get("/training/media/../../etc/passwd").with(TestActors.staff(trainer, agency)))
			.andReturn().getResponse().getStatus()).isIn(400, 404);

		var html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
				"/training/author/" + courseId + "/media")
			.file(new org.springframework.mock.web.MockMultipartFile("picture", "x.png", "image/png",
					"<svg onload=alert(1)>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.with(author).with(csrf())).andReturn();
		assertThat(html.getFlashMap().get("problem")).isEqualTo("training.media.error.NOT_AN_IMAGE");
		assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
				"/training/author/" + courseId + "/media")
			.file(new org.springframework.mock.web.MockMultipartFile("picture", "chart.png", "image/png", png.toByteArray()))
			.with(TestActors.staff(trainer, agency)).with(csrf())).andReturn().getResponse().getStatus())
			.as("only authors upload").isEqualTo(403);
	}

	@Test
	void hostileFormsAreAnsweredWithoutAServerError() throws Exception {
		UUID agency = agencies.create("Hostile test academy", "สถาบันทดสอบอินพุต", "POLICE", "TH-10", null);
		UUID trainer = person(agency, Role.TRAINER, "Hostile Trainer");
		var author = TestActors.staff(trainer, agency, Permission.TRAINING_AUTHOR, Permission.TRAINING_ENROL_OTHERS);
		UUID courseId = course("prosecuting-ict-offences");
		List<org.springframework.test.web.servlet.RequestBuilder> requests = List.of(
				post("/training/author/" + courseId + "/questions/new").with(author).with(csrf()).param("optionEn[999]", "x")
					.param("optionTh[-1]", "y").param("correct", "'; drop table training_option; --").param("kind", "<script>"),
				post("/training/author/" + courseId + "/settings").with(author).with(csrf()).param("passMarkPercent", "9".repeat(40))
					.param("roles", "ADMIN", "NOT_A_ROLE").param("titleEn", "x".repeat(5000)),
				post("/training/author").with(author).with(csrf()).param("titleEn", "").param("titleTh", ""),
				post("/training/author/" + courseId + "/lessons/" + UUID.randomUUID()).with(author).with(csrf()).param("titleEn", "x"),
				post("/training/courses/" + courseId + "/assessment").with(author).with(csrf()).param("attempt", "not-a-uuid")
					.param("q-xyz", "abc"),
				post("/training/courses/" + courseId + "/assessment").with(author).with(csrf()),
				get("/training/courses/not-a-uuid").with(author),
				get("/training/coverage").param("course", "%00").with(TestActors.staff(trainer, agency, Permission.TRAINING_COVERAGE_VIEW)),
				post("/training/enrol").with(author).with(csrf()).param("scope", "PROVINCE").param("provinceCode", "TH-99").param("role", "JUDGE"),
				get("/certificates").param("code", "../../etc/passwd"),
				get("/certificates").param("code", "A".repeat(100_000)),
				post("/training/author/" + courseId + "/questions/new").with(author).with(csrf()).param("textEn", "x".repeat(100_000))
					.param("optionEn", "y".repeat(100_000), "z").param("correct", "1").param("explainTh", "ก".repeat(3000)),
				post("/training/author/" + courseId + "/lessons/new").with(author).with(csrf()).param("titleEn", "t")
					.param("bodyEn", "x".repeat(100_000)),
				post("/training/author/" + courseId + "/settings").with(author).with(csrf()).param("titleEn", "t")
					.param("descriptionTh", "ก".repeat(3000)),
				get("/training/courses/" + courseId + "/lessons/" + UUID.randomUUID()).with(author).param("checked", "1")
					.param("q1", "x".repeat(100_000)),
				get("/learn/" + "a".repeat(300) + "/check"));
		for (var request : requests) {
			var response = mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).as(response.getContentAsString().length() > 200
					? response.getContentAsString().substring(0, 200) : response.getContentAsString()).isLessThan(500);
		}
		// The course was not changed by any of it.
		assertThat(catalogue.published(courseId).orElseThrow().passMarkPercent()).isEqualTo(75);
	}

	// ------------------------------------------------------------------------------------------ helpers

	static BufferedImage java2d(String text, float size) {
		java.awt.Font font;
		try (InputStream in = TrainingIntegrationTests.class.getClassLoader().getResourceAsStream("platform/fonts/Sarabun-Bold.ttf")) {
			font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in).deriveFont(size);
		}
		catch (IOException | java.awt.FontFormatException ex) {
			throw new IllegalStateException(ex);
		}
		BufferedImage image = new BufferedImage(1400, 100, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
		graphics.setColor(Color.BLACK);
		graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		graphics.setFont(font);
		graphics.drawString(text, 20, 60);
		graphics.dispose();
		return image;
	}

	/** The top of the page down to the first run of blank rows after ink: the title's line. */
	static BufferedImage firstLine(BufferedImage page) {
		int first = -1;
		int blank = 0;
		for (int y = 0; y < page.getHeight(); y++) {
			boolean inked = false;
			for (int x = 0; x < page.getWidth() && !inked; x++) {
				inked = InkImages.dark(page.getRGB(x, y));
			}
			if (inked) {
				first = first < 0 ? y : first;
				blank = 0;
			}
			else if (first >= 0 && ++blank >= 6) {
				return page.getSubimage(0, 0, page.getWidth(), y);
			}
		}
		return page;
	}

}
