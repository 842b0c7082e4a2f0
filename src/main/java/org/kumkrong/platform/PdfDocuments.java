package org.kumkrong.platform;

import java.io.OutputStream;
import java.util.Locale;

/**
 * Printable documents: A4 PDFs in which Thai is shaped correctly (tone marks and upper and lower vowels
 * stacked, as the font's OpenType tables say) and Thai lines break between words. Every page carries the
 * footer the caller gives (for example "Confidential — generated … by …") and its page number. The font
 * (Sarabun, SIL OFL, Thai and Latin) is bundled; nothing is fetched at run time.
 * <p>
 * A document is written to the stream as its pages fill, so a long one is not held whole in memory.
 */
public interface PdfDocuments {

	/**
	 * Starts a document. The caller adds its parts and then closes the composer, which finishes the PDF;
	 * {@code out} itself is not closed.
	 */
	PdfComposer start(OutputStream out, Setup setup);

	/**
	 * What every page shows and the document's properties.
	 *
	 * @param title the document's title (its metadata; {@link PdfComposer#title} prints one)
	 * @param footer the line at the foot of every page, beside the page number
	 * @param locale the language of the page numbers
	 */
	record Setup(String title, String footer, Locale locale) {
	}

}
