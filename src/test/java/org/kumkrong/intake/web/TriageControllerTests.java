package org.kumkrong.intake.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.intake.ReportChannel;
import org.kumkrong.intake.ReportStatus;
import org.kumkrong.intake.internal.ReportIntake;
import org.kumkrong.intake.internal.ReportSubmission;
import org.kumkrong.intake.internal.ReportSubmission.Danger;
import org.kumkrong.intake.internal.ReportSubmission.ReporterKind;
import org.kumkrong.intake.internal.Triage;
import org.kumkrong.platform.EncryptedFiles;
import org.kumkrong.platform.Permission;
import org.kumkrong.platform.StoredFile;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.kumkrong.platform.TestActors.staff;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@KumkrongIntegrationTest
class TriageControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportIntake intake;

	@Autowired
	Triage triage;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	private ReportIntake.Submitted report(Danger danger, String phone) {
		return intake.submit(new ReportSubmission(ReportChannel.PUBLIC, ReporterKind.CHILD, "AGE_13_15",
				List.of("SEXTORTION"), List.of("THREATENED_TO_SHARE"), null, "TODAY", danger, null, "TH", "TH-57",
				List.of("INSTAGRAM"), List.of(), List.of(), List.of(), List.of(), "He wants money",
				phone == null ? null : new ReportSubmission.Contact(null, phone, null, null), null, List.of()));
	}

	private UUID deskAgency() {
		return agencies.intakeDesks().stream().map(AgencyView::id).findFirst().orElseThrow();
	}

	private UUID nonDeskAgency() {
		return agencies.active().stream().filter(a -> !a.intakeDesk()).map(AgencyView::id).findFirst().orElseThrow();
	}

	@Test
	void onlyAnalystsAndIntakeDeskInvestigatorsSeeTheQueue() throws Exception {
		mvc.perform(get("/triage").with(staff(UUID.randomUUID(), nonDeskAgency(), Permission.TRIAGE)))
			.andExpect(status().isOk());
		mvc.perform(get("/triage").with(staff(UUID.randomUUID(), deskAgency(), Permission.TRIAGE_AT_INTAKE_DESK)))
			.andExpect(status().isOk());
		mvc.perform(get("/triage").with(staff(UUID.randomUUID(), nonDeskAgency(), Permission.TRIAGE_AT_INTAKE_DESK)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/triage").with(staff(UUID.randomUUID(), deskAgency(), Permission.AUDIT_READ)))
			.andExpect(status().isForbidden());
		var submitted = report(Danger.NO, null);
		mvc.perform(get("/triage/reports/" + submitted.id()).with(staff(Permission.AUDIT_READ)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/triage/reports/" + UUID.randomUUID()).with(staff(Permission.TRIAGE)))
			.andExpect(status().isNotFound());
	}

	@Test
	void dangerNowLeadsTheQueue() throws Exception {
		var danger = report(Danger.NOW, null);
		mvc.perform(get("/triage").with(staff(Permission.TRIAGE)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(containsString(danger.reference())));
		var first = triage.queue(new Triage.QueueQuery(null, true, null, null, null, null), null).reports().get(0);
		assertThat(first.priority().rank()).isEqualTo(1);
	}

	@Test
	void contactDetailsOnlyForAnalystsAndEachRevealAudited() throws Exception {
		var submitted = report(Danger.NO, "0899999999");
		mvc.perform(get("/triage/reports/" + submitted.id() + "?contact=true")
			.with(staff(UUID.randomUUID(), deskAgency(), Permission.TRIAGE_AT_INTAKE_DESK)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("0899999999"))));
		mvc.perform(get("/triage/reports/" + submitted.id()).with(staff(Permission.TRIAGE, Permission.REPORTER_CONTACT_VIEW)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("0899999999"))));
		mvc.perform(get("/triage/reports/" + submitted.id() + "?contact=true")
			.with(staff(Permission.TRIAGE, Permission.REPORTER_CONTACT_VIEW)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("0899999999")));
		assertThat(count("intake.report.contactViewed", submitted.id())).isOne();
		assertThat(count("intake.report.viewed", submitted.id())).isEqualTo(3);
	}

	@Test
	void analystRepliesClassifiesAndScreensIn() throws Exception {
		var submitted = report(Danger.NO, null);
		var analyst = staff(Permission.TRIAGE);
		mvc.perform(get("/triage/reports/" + submitted.id()).with(analyst)).andExpect(status().isOk());
		mvc.perform(post("/triage/reports/" + submitted.id() + "/reply").with(analyst).with(csrf())
			.param("message", "Thank you. Are you safe now?"))
			.andExpect(status().is3xxRedirection());
		assertThat(intake.followUp(submitted.receipt().code(), submitted.receipt().passphrase()).orElseThrow().messages())
			.singleElement()
			.satisfies(m -> assertThat(m.body()).isEqualTo("Thank you. Are you safe now?"));

		long version = triage.find(submitted.id()).orElseThrow().version();
		mvc.perform(post("/triage/reports/" + submitted.id() + "/classify").with(analyst).with(csrf())
			.param("offenceCodes", "SEXTORTION", "ONLINE_GROOMING").param("provinceCode", "TH-10")
			.param("platformCode", "LINE").param("victimAgeBand", "AGE_10_12").param("danger", "NO")
			.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		var classified = triage.find(submitted.id()).orElseThrow();
		assertThat(classified.offenceCodes()).containsExactlyInAnyOrder("SEXTORTION", "ONLINE_GROOMING");
		assertThat(classified.priority().name()).isEqualTo("UNDER_13");
		assertThat(count("intake.report.classified", submitted.id())).isOne();

		mvc.perform(post("/triage/reports/" + submitted.id() + "/screen-in").with(analyst).with(csrf())
			.param("target", "new").param("ownerAgencyId", deskAgency().toString())
			.param("version", String.valueOf(classified.version())))
			.andExpect(status().is3xxRedirection());
		assertThat(triage.find(submitted.id()).orElseThrow().status()).isEqualTo(ReportStatus.SCREENED_IN);
	}

	@Test
	void badDecisionsAreExplainedNotFailed() throws Exception {
		var submitted = report(Danger.NO, null);
		var analyst = staff(Permission.TRIAGE);
		long version = triage.find(submitted.id()).orElseThrow().version();
		mvc.perform(post("/triage/reports/" + submitted.id() + "/screen-in").with(analyst).with(csrf())
			.param("target", "existing").param("caseReference", "<script>").param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/triage/reports/" + submitted.id() + "/merge").with(analyst).with(csrf())
			.param("into", submitted.reference()).param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/triage/reports/" + submitted.id() + "/screen-out").with(analyst).with(csrf())
			.param("reason", "NONSENSE").param("version", String.valueOf(version)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/triage").param("priority", "NONSENSE").with(analyst)).andExpect(status().isBadRequest());
		mvc.perform(get("/triage").param("after", "x_y_z").with(analyst)).andExpect(status().isBadRequest());
		assertThat(triage.find(submitted.id()).orElseThrow().status().open()).isTrue();
		mvc.perform(post("/triage/reports/" + submitted.id() + "/screen-out").with(analyst).with(csrf())
			.param("reason", "NOT_IN_SCOPE").param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		assertThat(triage.find(submitted.id()).orElseThrow().status()).isEqualTo(ReportStatus.SCREENED_OUT);
	}

	@Autowired
	EncryptedFiles files;

	@Test
	void screenshotsAreBlurredUntilRevealedAndEveryRevealIsAudited() throws Exception {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(320, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.BLUE, 320, 200, java.awt.Color.ORANGE));
		graphics.fillRect(0, 0, 320, 200);
		graphics.dispose();
		var bytes = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", bytes);
		StoredFile stored = files.store(new java.io.ByteArrayInputStream(bytes.toByteArray()), 5_000_000);
		jdbc.sql("insert into intake_file (id, content_type, size_bytes, sha256, sha1, md5, width, height, created_at) "
				+ "values (?, 'image/png', ?, ?, ?, ?, 320, 200, current_timestamp)")
			.params(stored.id(), stored.size(), stored.sha256(), stored.sha1(), stored.md5())
			.update();
		var submitted = intake.submit(new ReportSubmission(ReportChannel.PUBLIC, ReporterKind.CHILD, "AGE_13_15",
				List.of(), List.of("NOT_SURE"), null, null, Danger.NO, null, "TH", null, List.of(), List.of(), List.of(),
				List.of(), List.of(), null, null, null, List.of(stored.id())));
		var analyst = staff(Permission.TRIAGE);
		String base = "/triage/reports/" + submitted.id() + "/screenshots/" + stored.id();

		mvc.perform(get("/triage/reports/" + submitted.id()).with(analyst))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(base + "/blurred")))
			.andExpect(content().string(not(containsString("src=\"" + base + "\""))));
		mvc.perform(get(base + "/blurred").with(analyst))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"));
		assertThat(count("intake.file.revealed", stored.id()) + count("intake.file.viewed", stored.id())).isZero();

		mvc.perform(post(base + "/reveal").with(analyst).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/triage/reports/" + submitted.id()).param("revealed", stored.id().toString()).with(analyst))
			.andExpect(content().string(containsString("src=\"" + base + "\"")));
		mvc.perform(get(base).with(analyst)).andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"));
		assertThat(count("intake.file.revealed", stored.id())).isOne();
		assertThat(count("intake.file.viewed", stored.id())).isOne();

		var other = report(Danger.NO, null);
		mvc.perform(get("/triage/reports/" + other.id() + "/screenshots/" + stored.id()).with(analyst))
			.andExpect(status().isNotFound());
		mvc.perform(get(base).with(staff(Permission.AUDIT_READ))).andExpect(status().isForbidden());
	}

	private long count(String action, UUID id) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and record_id = ?")
			.params(action, id.toString()).query(Long.class).single();
	}

}
