package org.kumkrong.notification.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mails on-duty staff that a report needs them now, when SMTP is configured ({@code spring.mail.host}).
 * The mail is in Thai and English and holds nothing about the report but the link into Kumkrong, which
 * asks for sign-in: mailboxes are read on phones, forwarded and kept for years. One message per person, so
 * nobody sees colleagues' addresses; each is audited, and a failed one never stops the others.
 */
@Component
class DangerAlertMail {

	private static final Logger log = LoggerFactory.getLogger(DangerAlertMail.class);

	private static final Locale THAI = Locale.forLanguageTag("th");

	/** Someone to e-mail, and the inbox item the mail repeats (the audit entry names the item). */
	record Recipient(UUID itemId, String email) {

		@Override
		public String toString() {
			return "Recipient[" + itemId + "]";
		}

	}

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final String from;

	private final String baseUrl;

	DangerAlertMail(ObjectProvider<JavaMailSender> mail, MessageSource messages, AuditTrail audit,
			@Value("${kumkrong.mail.from:no-reply@kumkrong.invalid}") String from,
			@Value("${kumkrong.base-url:http://localhost:8080}") String baseUrl) {
		this.mail = mail;
		this.messages = messages;
		this.audit = audit;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * @param path the page that needs them, inside Kumkrong ({@code /triage/reports/…})
	 * @return how many messages the SMTP server accepted
	 */
	int send(List<Recipient> recipients, String path) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null || recipients.isEmpty()) {
			return 0;
		}
		String link = baseUrl + path;
		String subject = text("notification.mail.dangerNow.subject", THAI) + " / "
				+ text("notification.mail.dangerNow.subject", Locale.ENGLISH);
		String body = text("notification.mail.dangerNow.body", THAI, link) + "\n\n---\n\n"
				+ text("notification.mail.dangerNow.body", Locale.ENGLISH, link);
		int sent = 0;
		for (Recipient recipient : recipients) {
			var message = new SimpleMailMessage();
			message.setFrom(from);
			message.setTo(recipient.email());
			message.setSubject(subject);
			message.setText(body);
			try {
				sender.send(message);
				audit.record("notification.dangerAlert.mailed", NotificationInbox.RECORD_TYPE, recipient.itemId(),
						AuditOutcome.SUCCESS);
				sent++;
			}
			catch (MailException ex) {
				log.warn("The danger alert mail of inbox item {} could not be sent: {}", recipient.itemId(),
						ex.getClass().getSimpleName());
				audit.record("notification.dangerAlert.mailed", NotificationInbox.RECORD_TYPE, recipient.itemId(),
						AuditOutcome.FAILURE);
			}
		}
		return sent;
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
