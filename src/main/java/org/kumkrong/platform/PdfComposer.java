package org.kumkrong.platform;

import java.util.List;

/**
 * Adds the parts of a document started by {@link PdfDocuments#start}, top to bottom. Texts are plain
 * (no markup); {@code null} prints as nothing. Close it to finish the document.
 */
public interface PdfComposer extends AutoCloseable {

	/** The document's title, large, at the top of the first page. */
	PdfComposer title(String text);

	/** A section heading. */
	PdfComposer heading(String text);

	/** A smaller heading within a section. */
	PdfComposer subheading(String text);

	/** A paragraph of running text; line breaks in it are kept. */
	PdfComposer paragraph(String text);

	/** A short note in small grey type (an explanation, "none recorded"). */
	PdfComposer hint(String text);

	/** Labels and their values, two columns. */
	PdfComposer fields(List<Field> fields);

	/**
	 * A table whose header row repeats on each page it runs over.
	 *
	 * @param widths relative column widths, one per header cell (empty: equal widths)
	 */
	PdfComposer table(List<String> header, List<List<String>> rows, float... widths);

	/**
	 * A picture (PNG or JPEG bytes, such as a chart drawn by the caller), scaled to fit the page width; the
	 * caller prints the same figures as a table, as pictures carry no text a reader can copy.
	 */
	PdfComposer image(byte[] picture);

	/** Finishes the document and flushes it to the stream. */
	@Override
	void close();

	/** One label and its value. */
	record Field(String label, String value) {
	}

}
