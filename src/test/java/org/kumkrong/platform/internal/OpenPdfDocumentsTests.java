package org.kumkrong.platform.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kumkrong.platform.InkImages;
import org.kumkrong.platform.PdfComposer;
import org.kumkrong.platform.PdfComposer.Field;
import org.kumkrong.platform.PdfDocuments.Setup;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class OpenPdfDocumentsTests {

	/** Tone marks over upper vowels, marks beside tall consonants, lower vowels, sara am. */
	static final String THAI = "ผู้ใหญ่ ที่นี่ น้ำ ปู่ ป่า ฝั่ง";

	static final Path OUT = Path.of("target", "pdf-tests");

	private final OpenPdfDocuments documents = new OpenPdfDocuments(messages());

	@Test
	void writesThaiAndEnglishThatExtractsAsWritten() throws IOException {
		byte[] pdf = write(Locale.forLanguageTag("th"), composer -> composer.title("สรุปคดี KK-2026-000123")
			.heading("เด็กในคดี")
			.paragraph("เด็กหญิงได้รับข้อความข่มขู่ผ่านเกมออนไลน์จากผู้ใหญ่ที่ไม่รู้จัก Line and TikTok")
			.fields(List.of(new Field("สถานะ", "สอบสวน"), new Field("Priority", "Urgent")))
			.table(List.of("รหัส", "ช่วงอายุ", "จังหวัด"), List.of(List.of("C-7K2M9Q4X", "13–15 ปี", "เชียงราย")), 2, 2, 3));

		String text = text(pdf);
		assertThat(text).contains("สรุปคดี KK-2026-000123", "เด็กในคดี",
				"เด็กหญิงได้รับข้อความข่มขู่ผ่านเกมออนไลน์จากผู้ใหญ่ที่ไม่รู้จัก Line and TikTok", "สถานะ", "สอบสวน",
				"C-7K2M9Q4X", "13–15 ปี", "เชียงราย", "ลับ — ทดสอบ");
		assertThat(text).containsPattern("หน้า 1 จาก ?1");
	}

	@Test
	void numbersEveryPageOfALongDocument() throws IOException {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			rows.add(List.of("แถว " + i, "ข้อความที่ยาวพอสมควรเพื่อให้ตารางยาวหลายหน้า " + i));
		}
		byte[] pdf = write(Locale.ENGLISH, composer -> composer.title("Long").table(List.of("No.", "Text"), rows));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(2);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(pages);
			stripper.setEndPage(pages);
			String last = stripper.getText(document).replace("\u200B", "");
			assertThat(last).contains("Page " + pages + " of", "แถว 199", "No.");
		}
	}

	/**
	 * The PDF's page, rendered by PDFBox, shows the phrase as the JDK draws it with the same font (Java2D
	 * shapes Thai); a PDF written without shaping, the control, does not.
	 */
	@Test
	void rendersThaiMarksStackedAsTheFontPlacesThem() throws IOException {
		BufferedImage shaped = InkImages.ink(render(write(Locale.ENGLISH, composer -> composer.title(THAI))));
		BufferedImage reference = InkImages.ink(java2d(THAI, 34f));
		BufferedImage unshaped = InkImages.ink(render(unshapedPdf(THAI)));
		save(shaped, "thai-shaped.png");
		save(reference, "thai-java2d.png");
		save(unshaped, "thai-unshaped.png");

		double shapedDifference = InkImages.difference(shaped, reference);
		double unshapedDifference = InkImages.difference(unshaped, reference);
		System.out.printf("Thai rendering: shaped PDF differs from Java2D by %.3f, unshaped by %.3f%n", shapedDifference,
				unshapedDifference);
		assertThat(Math.abs(shaped.getWidth() - reference.getWidth())).isLessThanOrEqualTo(3);
		assertThat(Math.abs(shaped.getHeight() - reference.getHeight())).isLessThanOrEqualTo(3);
		assertThat(shapedDifference).isLessThan(0.12);
		assertThat(unshapedDifference).isGreaterThan(shapedDifference * 2);
	}

	@Test
	void breaksThaiLinesBetweenWords() {
		assertThat(OpenPdfDocuments.breakable("ผู้ใหญ่ที่ไม่รู้จัก")).isEqualTo("ผู้ใหญ่\u200Bที่\u200Bไม่\u200Bรู้จัก");
		assertThat(OpenPdfDocuments.breakable("Line ID: abc")).isEqualTo("Line ID: abc");
		assertThat(OpenPdfDocuments.breakable(null)).isEmpty();
	}

	// ---------------------------------------------------------------- helpers

	interface Content {
		void addTo(PdfComposer composer);
	}

	private byte[] write(Locale locale, Content content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PdfComposer composer = documents.start(out, new Setup("Test", "ลับ — ทดสอบ", locale))) {
			content.addTo(composer);
		}
		return out.toByteArray();
	}

	/**
	 * The same title as glyphs mapped one to one from the characters and set at their nominal advances (the
	 * JDK's createGlyphVector does no complex layout): what a PDF library without Thai shaping writes.
	 */
	private static byte[] unshapedPdf(String text) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 50, 50, 50, 60);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.open();
		BaseFont bold = BaseFont.createFont(OpenPdfDocuments.BOLD, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
		GlyphVector glyphs = awtFont(OpenPdfDocuments.BOLD, 17f)
			.createGlyphVector(new FontRenderContext(new AffineTransform(), true, true), text);
		PdfContentByte canvas = writer.getDirectContent();
		canvas.beginText();
		canvas.setFontAndSize(bold, 17);
		canvas.setTextMatrix(50, PageSize.A4.getHeight() - 70);
		canvas.showText(glyphs);
		canvas.endText();
		document.close();
		return out.toByteArray();
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// Zero-width spaces mark Thai word boundaries for line breaking; they are invisible.
			return new PDFTextStripper().getText(document).replace("\u200B", "").replaceAll("\\s*\\R\\s*", "\n");
		}
	}

	static BufferedImage render(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// 144 dpi: 2 px a point, so the 17 pt title matches a 34 px Java2D font.
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 144);
			return page.getSubimage(0, 0, page.getWidth(), 300);
		}
	}

	static BufferedImage java2d(String text, float size) {
		java.awt.Font font = awtFont(OpenPdfDocuments.BOLD, size);
		BufferedImage image = new BufferedImage(1200, 100, BufferedImage.TYPE_INT_RGB);
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

	static java.awt.Font awtFont(String resource, float size) {
		try (InputStream in = OpenPdfDocumentsTests.class.getClassLoader().getResourceAsStream(resource)) {
			return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in).deriveFont(size);
		}
		catch (IOException | java.awt.FontFormatException e) {
			throw new IllegalStateException(e);
		}
	}

	static void save(BufferedImage image, String name) throws IOException {
		Files.createDirectories(OUT);
		ImageIO.write(image, "png", OUT.resolve(name).toFile());
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("platform.pdf.page", Locale.forLanguageTag("th"), "หน้า {0} จาก");
		messages.addMessage("platform.pdf.page", Locale.ENGLISH, "Page {0} of");
		return messages;
	}

}
