package org.kumkrong.intake.web;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kumkrong.KumkrongIntegrationTest;
import org.kumkrong.account.StaffSession;
import org.kumkrong.intake.internal.ReportIntake;
import org.kumkrong.intake.internal.ReporterScreenshots;
import org.kumkrong.platform.EncryptedFiles;
import org.kumkrong.platform.MutableClock;
import org.kumkrong.platform.ProofOfWork;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kumkrong.intake.web.ReportFormIntegrationTests.answerUpTo;
import static org.kumkrong.intake.web.ReportFormIntegrationTests.body;
import static org.kumkrong.intake.web.ReportFormIntegrationTests.expectRedirect;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Screenshots on the "anything else" page (SECURITY.md row 11): up to three, PNG or JPEG by their content,
 * at most 5 MB, no pixel floods; each refusal names the field and the file; accepted ones are stored
 * encrypted, attached when the report is sent, and purged with their rows when it never is. All test
 * images are generated gradients.
 */
@KumkrongIntegrationTest
class ReportScreenshotsIntegrationTests {

	static final Pattern RECEIPT_CODE = Pattern.compile("id=\"receipt-code\">([^<]+)<");

	static final Pattern RECEIPT_PASSPHRASE = Pattern.compile("id=\"receipt-passphrase\">([^<]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EncryptedFiles files;

	@Autowired
	ReportIntake intake;

	@Autowired
	ReporterScreenshots screenshots;

	@Autowired
	ProofOfWork proofOfWork;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	StaffSession atTheMorePage() throws Exception {
		StaffSession reporter = new StaffSession(mvc);
		reporter.get("/report?lang=en");
		answerUpTo(reporter, ReportStep.MORE);
		return reporter;
	}

	static MockMultipartHttpServletRequestBuilder more(MockMultipartFile... uploads) {
		MockMultipartHttpServletRequestBuilder request = multipart("/report/more");
		for (MockMultipartFile upload : uploads) {
			request.file(upload);
		}
		request.with(csrf());
		return request;
	}

	static MockMultipartFile upload(String name, String type, byte[] content) {
		return new MockMultipartFile("screenshots", name, type, content);
	}

	@Test
	void screenshotsAreKeptEncryptedAndAttachedWhenTheReportIsSent() throws Exception {
		StaffSession child = atTheMorePage();
		byte[] png = image("png", 360, 780);
		byte[] jpeg = image("jpg", 720, 1280);
		MvcResult added = child.perform(more(upload("chat 1.png", "image/png", png), upload("chat-2.jpg", "image/jpeg", jpeg))
			.param("description", "He sent these."));
		expectRedirect(added, "/report/contact");

		String page = body(child.get("/report/more"));
		assertThat(page).contains("Screenshots added", "chat 1.png", "chat-2.jpg", "enctype=\"multipart/form-data\"");
		List<UUID> ids = jdbc.sql("select id from intake_file where report_id is null and sha256 in (?, ?)")
			.params(sha256(png), sha256(jpeg)).query(UUID.class).list();
		assertThat(ids).hasSize(2).allSatisfy(id -> assertThat(files.exists(id)).isTrue());
		assertThat(jdbc.sql("select content_type from intake_file where sha256 = ?").param(sha256(jpeg)).query(String.class)
			.single()).isEqualTo("image/jpeg");

		expectRedirect(child.post("/report/contact"), "/report/check");
		assertThat(body(child.get("/report/check"))).contains("Screenshot: chat 1.png", "Screenshot: chat-2.jpg");
		expectRedirect(child.perform(Proofs.solved(proofOfWork, post("/report/check").with(csrf()))), "/report/done");
		String done = body(child.get("/report/done"));
		UUID reportId = intake.followUp(group(RECEIPT_CODE, done), group(RECEIPT_PASSPHRASE, done)).orElseThrow().reportId();
		assertThat(jdbc.sql("select id from intake_file where report_id = ?").param(reportId).query(UUID.class).list())
			.containsExactlyInAnyOrderElementsOf(ids);
		// The screenshots' hashes are indicators: a second report with the same picture is suggested as a duplicate.
		assertThat(jdbc.sql("select count(*) from intake_indicator where report_id = ? and kind = 'SHA256'").param(reportId)
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void refusedFilesAreNamedWithTheFieldAndNothingOfThemIsKept() throws Exception {
		StaffSession reporter = atTheMorePage();
		long before = count();
		byte[] text = "this is not a picture".getBytes(StandardCharsets.UTF_8);
		byte[] flood = pixelFlood(50_000, 50_000);
		byte[] truncated = new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F' };
		// A real picture with more bytes after it: its header is fine, its size is not.
		byte[] small = image("png", 10, 10);
		byte[] tooLarge = java.util.Arrays.copyOf(small, (int) ReporterScreenshots.MAX_BYTES + 1);

		MvcResult result = reporter.perform(more(upload("notes.png", "image/png", text),
				upload("flood.png", "image/png", flood), upload("broken.jpg", "image/jpeg", truncated),
				upload("huge.png", "image/png", tooLarge), upload("", "application/octet-stream", new byte[0]))
			.param("description", "kept while the files are refused"));
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String page = body(result);
		assertThat(page).contains("href=\"#screenshots\"",
				"Screenshots (notes.png): this is not a PNG or JPEG picture.",
				"Screenshots (flood.png): this picture is too big to check.",
				"Screenshots (broken.jpg): we could not read this picture.",
				"Screenshots (huge.png): this file is larger than 5 MB.",
				"kept while the files are refused");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void atMostThreeScreenshotsAndOneCanBeTakenBack() throws Exception {
		StaffSession reporter = atTheMorePage();
		MvcResult four = reporter.perform(more(upload("a.png", "image/png", image("png", 20, 40)),
				upload("b.png", "image/png", image("png", 21, 40)), upload("c.png", "image/png", image("png", 22, 40)),
				upload("d.png", "image/png", image("png", 23, 40))));
		assertThat(body(four)).contains("Screenshots (d.png): you can add up to 3 screenshots.");
		String shown = body(reporter.get("/report/more"));
		assertThat(shown).contains("a.png", "b.png", "c.png").doesNotContain("d.png");

		UUID second = jdbc.sql("select id from intake_file where sha256 = ?").param(sha256(image("png", 21, 40)))
			.query(UUID.class).list().get(0);
		expectRedirect(reporter.perform(more().param("remove", "2").param("description", "typed text")), "/report/more");
		String after = body(reporter.get("/report/more"));
		assertThat(after).contains("a.png", "c.png", "typed text").doesNotContain("b.png");
		assertThat(files.exists(second)).isFalse();
		assertThat(jdbc.sql("select count(*) from intake_file where id = ?").param(second).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'intake.file.discarded' and record_id = ?")
			.param(second.toString()).query(Long.class).single()).isOne();
		// Hostile "remove" values change nothing.
		for (String value : List.of("0", "-1", "99", "x", "' OR 1=1")) {
			expectRedirect(reporter.perform(more().param("remove", value)), "/report/more");
		}
		assertThat(body(reporter.get("/report/more"))).contains("a.png", "c.png");
	}

	@Test
	void screenshotsOfReportsNeverSentArePurgedAfterADay() throws Exception {
		var abandoned = screenshots.accept(() -> new java.io.ByteArrayInputStream(image("png", 31, 31)));
		var recent = screenshots.accept(() -> new java.io.ByteArrayInputStream(image("png", 32, 32)));
		jdbc.sql("update intake_file set created_at = ? where id = ?")
			.params(java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofHours(25))), abandoned.id()).update();

		screenshots.purgeAbandoned();

		assertThat(files.exists(abandoned.id())).isFalse();
		assertThat(jdbc.sql("select count(*) from intake_file where id = ?").param(abandoned.id()).query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'intake.file.purged' and record_id = ?")
			.param(abandoned.id().toString()).query(Long.class).single()).isOne();
		assertThat(files.exists(recent.id())).isTrue();
		clock.advance(Duration.ofHours(25));
		screenshots.purgeAbandoned();
		assertThat(files.exists(recent.id())).isFalse();
	}

	private long count() {
		return jdbc.sql("select count(*) from intake_file").query(Long.class).single();
	}

	/** A generated gradient with a few shapes: never a photograph. */
	static byte[] image(String format, int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(width % 256, 90, 200), width, height, Color.WHITE));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.DARK_GRAY);
		g.fillOval(width / 4, height / 4, Math.max(1, width / 2), Math.max(1, height / 3));
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
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

	static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	static String group(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
