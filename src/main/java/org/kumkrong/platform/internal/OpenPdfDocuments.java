package org.kumkrong.platform.internal;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.kumkrong.platform.PdfComposer;
import org.kumkrong.platform.PdfDocuments;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@link PdfDocuments} with OpenPDF. Thai needs complex-script shaping (GSUB and GPOS mark positioning):
 * OpenPDF's own text path places every glyph at its nominal advance, which piles a tone mark onto an upper
 * vowel ("ที่") and lets marks collide with tall consonants ("ปู่"). Its {@link LayoutProcessor} instead
 * lays each run out with the JDK's font layout engine (HarfBuzz) and writes the glyphs at the positions it
 * computes, with an /ActualText span so that copied and extracted text is the original string. The
 * processor is a JVM-wide switch of OpenPDF; this class is the only user of OpenPDF in the application.
 * <p>
 * Thai is written without spaces between words, and OpenPDF breaks lines only at spaces and a few other
 * characters (zero-width space among them), so a zero-width space is inserted at each word boundary that
 * the JDK's Thai dictionary finds; the shaper draws it as nothing.
 */
@Component
class OpenPdfDocuments implements PdfDocuments {

	static final String REGULAR = "platform/fonts/Sarabun-Regular.ttf";

	static final String BOLD = "platform/fonts/Sarabun-Bold.ttf";

	private static final Color TEXT = new Color(0x1b, 0x1b, 0x1b);

	private static final Color MUTED = new Color(0x50, 0x50, 0x50);

	private static final Color RULE = new Color(0xb1, 0xb4, 0xb6);

	private static final Color HEADER_FILL = new Color(0xf3, 0xf2, 0xf1);

	private static final char ZERO_WIDTH_SPACE = '\u200B';

	private final MessageSource messages;

	private final BaseFont regular;

	private final BaseFont bold;

	OpenPdfDocuments(MessageSource messages) {
		this.messages = messages;
		LayoutProcessor.enable();
		LayoutProcessor.setWriteActualText();
		this.regular = font(REGULAR);
		this.bold = font(BOLD);
	}

	private static BaseFont font(String resource) {
		try {
			// A classpath resource name: OpenPDF reads it with the context class loader (also inside the boot jar).
			BaseFont font = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			LayoutProcessor.loadFont(font, resource);
			return font;
		}
		catch (IOException | DocumentException e) {
			throw new IllegalStateException("The bundled PDF font " + resource + " cannot be read", e);
		}
	}

	@Override
	public PdfComposer start(OutputStream out, Setup setup) {
		return new OpenPdfComposer(out, setup);
	}

	/** The text with a zero-width space at each boundary between two Thai words (a line may break there). */
	static String breakable(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		if (text.chars().noneMatch(OpenPdfDocuments::thai)) {
			return text;
		}
		BreakIterator words = BreakIterator.getWordInstance(LocaleConfiguration.THAI);
		words.setText(text);
		StringBuilder result = new StringBuilder(text.length() + text.length() / 4);
		int start = words.first();
		for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
			result.append(text, start, end);
			if (end < text.length() && thai(text.charAt(end - 1)) && thai(text.charAt(end))) {
				result.append(ZERO_WIDTH_SPACE);
			}
		}
		return result.toString();
	}

	private static boolean thai(int c) {
		return c >= 0x0E01 && c <= 0x0E5B;
	}

	private final class OpenPdfComposer implements PdfComposer {

		private final Document document;

		private final Font body = new Font(regular, 10, Font.NORMAL, TEXT);

		private final Font strong = new Font(bold, 10, Font.NORMAL, TEXT);

		private final Font small = new Font(regular, 8.5f, Font.NORMAL, MUTED);

		private boolean closed;

		OpenPdfComposer(OutputStream out, Setup setup) {
			this.document = new Document(PageSize.A4, 50, 50, 50, 60);
			PdfWriter writer = PdfWriter.getInstance(document, out);
			writer.setCloseStream(false);
			writer.setPageEvent(new Footer(setup));
			document.addTitle(setup.title() == null ? "" : setup.title());
			document.addCreator("Kumkrong");
			document.setDocumentLanguage(setup.locale() == null ? "th" : setup.locale().toLanguageTag());
			document.open();
		}

		@Override
		public PdfComposer title(String text) {
			Paragraph paragraph = new Paragraph(breakable(text), new Font(bold, 17, Font.NORMAL, TEXT));
			paragraph.setSpacingAfter(6);
			return add(paragraph);
		}

		@Override
		public PdfComposer heading(String text) {
			Paragraph paragraph = new Paragraph(breakable(text), new Font(bold, 13, Font.NORMAL, TEXT));
			paragraph.setSpacingBefore(12);
			paragraph.setSpacingAfter(4);
			return add(paragraph);
		}

		@Override
		public PdfComposer subheading(String text) {
			Paragraph paragraph = new Paragraph(breakable(text), new Font(bold, 11, Font.NORMAL, TEXT));
			paragraph.setSpacingBefore(8);
			paragraph.setSpacingAfter(2);
			return add(paragraph);
		}

		@Override
		public PdfComposer paragraph(String text) {
			Paragraph paragraph = new Paragraph(breakable(text), body);
			paragraph.setLeading(0, 1.45f);
			paragraph.setSpacingAfter(4);
			return add(paragraph);
		}

		@Override
		public PdfComposer hint(String text) {
			Paragraph paragraph = new Paragraph(breakable(text), small);
			paragraph.setLeading(0, 1.4f);
			paragraph.setSpacingAfter(4);
			return add(paragraph);
		}

		@Override
		public PdfComposer fields(List<Field> fields) {
			PdfPTable table = new PdfPTable(new float[] { 3, 7 });
			table.setWidthPercentage(100);
			table.setSpacingBefore(2);
			table.setSpacingAfter(6);
			for (Field field : fields) {
				table.addCell(cell(field.label(), strong, null));
				table.addCell(cell(field.value(), body, null));
			}
			return add(table);
		}

		@Override
		public PdfComposer table(List<String> header, List<List<String>> rows, float... widths) {
			PdfPTable table = widths.length == header.size() ? new PdfPTable(widths) : new PdfPTable(header.size());
			table.setWidthPercentage(100);
			table.setSpacingBefore(2);
			table.setSpacingAfter(8);
			table.setHeaderRows(1);
			table.setSplitLate(false);
			for (String cell : header) {
				table.addCell(cell(cell, strong, HEADER_FILL));
			}
			for (List<String> row : rows) {
				for (int column = 0; column < header.size(); column++) {
					table.addCell(cell(column < row.size() ? row.get(column) : null, body, null));
				}
			}
			return add(table);
		}

		@Override
		public PdfComposer image(byte[] picture) {
			try {
				com.lowagie.text.Image image = com.lowagie.text.Image.getInstance(picture);
				float width = document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin();
				image.scaleToFit(width, width);
				image.setSpacingAfter(8);
				return add(image);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

		private PdfPCell cell(String text, Font font, Color fill) {
			Paragraph content = new Paragraph(breakable(text), font);
			content.setLeading(0, 1.35f);
			PdfPCell cell = new PdfPCell();
			cell.addElement(content);
			cell.setPaddingTop(2);
			cell.setPaddingBottom(5);
			cell.setPaddingLeft(4);
			cell.setPaddingRight(4);
			cell.setBorder(Rectangle.BOTTOM);
			cell.setBorderColor(RULE);
			cell.setBorderWidth(0.5f);
			if (fill != null) {
				cell.setBackgroundColor(fill);
			}
			return cell;
		}

		private PdfComposer add(Element element) {
			if (closed) {
				throw new IllegalStateException("The document is closed");
			}
			document.add(element);
			return this;
		}

		@Override
		public void close() {
			if (closed) {
				return;
			}
			closed = true;
			try {
				document.close();
			}
			catch (RuntimeException e) {
				if (e.getCause() instanceof IOException io) {
					throw new UncheckedIOException(io);
				}
				throw e;
			}
		}

	}

	/** The footer line and "Page n of N" on every page; N is filled in when the document closes. */
	private final class Footer extends PdfPageEventHelper {

		private final Setup setup;

		private PdfTemplate total;

		Footer(Setup setup) {
			this.setup = setup;
		}

		@Override
		public void onOpenDocument(PdfWriter writer, Document document) {
			total = writer.getDirectContent().createTemplate(30, 12);
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			PdfContentByte canvas = writer.getDirectContent();
			Font font = new Font(regular, 8, Font.NORMAL, MUTED);
			float y = document.bottom() - 24;
			canvas.setColorStroke(RULE);
			canvas.setLineWidth(0.5f);
			canvas.moveTo(document.left(), y + 12);
			canvas.lineTo(document.right(), y + 12);
			canvas.stroke();
			if (setup.footer() != null) {
				ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(setup.footer(), font), document.left(), y, 0);
			}
			Locale locale = setup.locale() == null ? LocaleConfiguration.THAI : setup.locale();
			String page = messages.getMessage("platform.pdf.page", new Object[] { writer.getPageNumber() }, locale);
			float right = document.right() - 24;
			ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(page, font), right, y, 0);
			// The total is known only at the end: a template, filled in when the document closes.
			canvas.addTemplate(total, right + 3, y);
		}

		@Override
		public void onCloseDocument(PdfWriter writer, Document document) {
			// Digits only: no shaping needed, so the plain text path is enough.
			total.beginText();
			total.setFontAndSize(regular, 8);
			total.setColorFill(MUTED);
			total.showText(String.valueOf(writer.getPageNumber() - 1));
			total.endText();
		}

	}


}
