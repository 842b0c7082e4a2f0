package org.kumkrong.training.internal;

import java.io.OutputStream;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.kumkrong.platform.PdfComposer;
import org.kumkrong.platform.PdfDocuments;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The certificate as a PDF: who completed which course, in which version, on which date, and the code with the
 * address where anyone can check it. Thai is shaped by the platform's documents (Sarabun).
 */
@Component
public class CertificateDocument {

	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	private final PdfDocuments documents;

	private final MessageSource messages;

	private final Catalogue catalogue;

	CertificateDocument(PdfDocuments documents, MessageSource messages, Catalogue catalogue) {
		this.documents = documents;
		this.messages = messages;
		this.catalogue = catalogue;
	}

	/** The date as the certificate prints it: Buddhist Era in Thai. */
	static String date(java.time.Instant instant, Locale locale) {
		var day = instant.atZone(BANGKOK).toLocalDate();
		if ("th".equals(locale.getLanguage())) {
			return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
				.withLocale(Locale.forLanguageTag("th-TH"))
				.withChronology(ThaiBuddhistChronology.INSTANCE)
				.format(day);
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK).format(day);
	}

	public void write(Certificate certificate, Locale locale, String verificationAddress, OutputStream out) {
		CourseVersion course = catalogue.version(certificate.courseId(), certificate.version()).orElseThrow();
		String title = text("training.certificate.pdf.title", locale);
		String footer = text("training.certificate.pdf.footer", locale, certificate.code());
		try (PdfComposer pdf = documents.start(out, new PdfDocuments.Setup(title, footer, locale))) {
			pdf.title(title);
			pdf.paragraph(text("training.certificate.pdf.certifies", locale));
			pdf.heading(certificate.holderName());
			pdf.paragraph(text("training.certificate.pdf.completed", locale));
			pdf.heading(course.title().in(locale));
			pdf.fields(List.of(
					new PdfComposer.Field(text("training.certificate.field.version", locale), String.valueOf(certificate.version())),
					new PdfComposer.Field(text("training.certificate.field.date", locale), date(certificate.issuedAt(), locale)),
					new PdfComposer.Field(text("training.certificate.field.code", locale), certificate.code()),
					new PdfComposer.Field(text("training.certificate.field.verify", locale), verificationAddress)));
			pdf.hint(text("training.certificate.pdf.howToVerify", locale, verificationAddress));
		}
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
