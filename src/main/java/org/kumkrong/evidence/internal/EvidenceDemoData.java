package org.kumkrong.evidence.internal;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import org.kumkrong.account.StaffDirectory;
import org.kumkrong.casework.CaseSummary;
import org.kumkrong.casework.Cases;
import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.platform.ActingAs;
import org.kumkrong.platform.KumkrongProperties;
import org.kumkrong.platform.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Synthetic demo evidence: generated pictures of shapes and gradients (never a person) and a made-up chat
 * export on the demo police cases, one picture uploaded again, resized, to a case of another police unit, so
 * the demo shows a cross-case match whose other case is named only to its team. Runs after the demo cases
 * and referrals; never stops the application from starting.
 */
@Component
class EvidenceDemoData {

	private static final Logger log = LoggerFactory.getLogger(EvidenceDemoData.class);

	private final KumkrongProperties properties;

	private final EvidenceLocker locker;

	private final Cases cases;

	private final Agencies agencies;

	private final StaffDirectory staff;

	private final JdbcClient jdbc;

	EvidenceDemoData(KumkrongProperties properties, EvidenceLocker locker, Cases cases, Agencies agencies,
			StaffDirectory staff, JdbcClient jdbc) {
		this.properties = properties;
		this.locker = locker;
		this.cases = cases;
		this.agencies = agencies;
		this.staff = staff;
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(250)
	void seed() {
		if (!properties.demoData() || jdbc.sql("select count(*) from evidence_item where origin = 'UPLOAD'").query(Long.class).single() > 0) {
			return;
		}
		List<AgencyView> police = agencies.byType("POLICE").stream()
			.filter(agency -> !cases.ownedBy(agency.id(), 1).isEmpty())
			.toList();
		if (police.size() < 2) {
			log.info("Fewer than two police units with demo cases: no demo evidence");
			return;
		}
		try {
			CaseSummary first = cases.ownedBy(police.get(0).id(), 3).get(0);
			CaseSummary second = cases.ownedBy(police.get(1).id(), 3).get(0);
			as(first.ownerAgencyId(), () -> upload(first.id(), "Screenshot of the chat on the suspect's profile (synthetic demo picture)",
					png(picture(2026, 1080, 1920))));
			as(first.ownerAgencyId(), () -> upload(first.id(), "Chat export from the child's phone (synthetic demo text)",
					chat().getBytes(StandardCharsets.UTF_8)));
			as(second.ownerAgencyId(), () -> upload(second.id(), "The same picture, found again on a seized phone (synthetic demo)",
					jpeg(resized(picture(2026, 1080, 1920), 0.75))));
			log.warn("Seeded 3 synthetic demo evidence items (generated pictures and text only)");
		}
		catch (RuntimeException ex) {
			log.warn("Demo evidence could not be seeded: {}", ex.toString());
		}
	}

	private Object upload(UUID caseId, String description, byte[] content) {
		try {
			return locker.upload(caseId, description, new ByteArrayInputStream(content));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** A picture of nothing: a gradient, overlapping shapes and a little noise. */
	static BufferedImage picture(long seed, int width, int height) {
		Random random = new Random(seed);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), width, height,
					new Color(random.nextInt(0xFFFFFF))));
			graphics.fillRect(0, 0, width, height);
			for (int shape = 0; shape < 24; shape++) {
				graphics.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 160 + random.nextInt(96)));
				int w = width / 12 + random.nextInt(width / 3);
				int h = height / 12 + random.nextInt(height / 3);
				int x = random.nextInt(width) - w / 2;
				int y = random.nextInt(height) - h / 2;
				if (random.nextBoolean()) {
					graphics.fillOval(x, y, w, h);
				}
				else {
					graphics.fillRect(x, y, w, h);
				}
			}
		}
		finally {
			graphics.dispose();
		}
		for (int i = 0; i < width * height / 8; i++) {
			int x = random.nextInt(width);
			int y = random.nextInt(height);
			int rgb = image.getRGB(x, y);
			int delta = random.nextInt(17) - 8;
			int r = Math.max(0, Math.min(255, ((rgb >> 16) & 0xFF) + delta));
			int g = Math.max(0, Math.min(255, ((rgb >> 8) & 0xFF) + delta));
			int b = Math.max(0, Math.min(255, (rgb & 0xFF) + delta));
			image.setRGB(x, y, (r << 16) | (g << 8) | b);
		}
		return image;
	}

	static BufferedImage resized(BufferedImage original, double scale) {
		int width = (int) Math.round(original.getWidth() * scale);
		int height = (int) Math.round(original.getHeight() * scale);
		BufferedImage resized = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = resized.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.drawImage(original, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return resized;
	}

	private static byte[] png(BufferedImage image) {
		return encode(image, "png");
	}

	private static byte[] jpeg(BufferedImage image) {
		return encode(image, "jpg");
	}

	private static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String chat() {
		List<String> lines = new ArrayList<>();
		lines.add("[Synthetic demo chat export - invented for testing, no real person]");
		lines.add("2026-10-02 20:14 gamer_x99: hey you play so well, how old are you?");
		lines.add("2026-10-02 20:15 child: 13");
		lines.add("2026-10-02 20:16 gamer_x99: cool. I can give you free diamonds if you add me on another app");
		lines.add("2026-10-02 20:18 gamer_x99: don't tell your parents, it's our secret ok?");
		lines.add("2026-10-03 19:02 gamer_x99: ส่งรูปมาให้ดูหน่อย แล้วจะเติมเพชรให้");
		lines.add("2026-10-03 19:05 child: ไม่เอาดีกว่า");
		return String.join("\n", lines) + "\n";
	}

	private <T> T as(UUID agencyId, Supplier<T> work) {
		UUID userId = staff.activeStaff(agencyId, java.util.EnumSet.of(org.kumkrong.account.Role.INVESTIGATOR)).stream()
			.findFirst().map(org.kumkrong.account.StaffContact::userId).orElse(null);
		return ActingAs.call(new ActingAs.Someone(userId, "demo-evidence", agencyId),
				List.of(Permission.CASE_VIEW, Permission.EVIDENCE_VIEW, Permission.EVIDENCE_ADD), work);
	}

}
