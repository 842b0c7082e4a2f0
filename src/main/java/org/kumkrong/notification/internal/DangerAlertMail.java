package org.kumkrong.notification.internal;

import java.util.List;
import java.util.UUID;

import org.kumkrong.audit.AuditTrail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
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

	/** Someone to e-mail, and the inbox item the mail repeats (the audit entry names the item). */
	record Recipient(UUID itemId, String email) {

		@Override
		public String toString() {
			return "Recipient[" + itemId + "]";
		}

	}

	/** The sending itself, shared with the other notices. */
	private final NoticeMail mailer;

	DangerAlertMail(ObjectProvider<JavaMailSender> mail, MessageSource messages, AuditTrail audit,
			@Value("${kumkrong.mail.from:no-reply@kumkrong.invalid}") String from,
			@Value("${kumkrong.base-url:http://localhost:8080}") String baseUrl) {
		this.mailer = new NoticeMail(mail, messages, audit, from, baseUrl);
	}

	/**
	 * @param path the page that needs them, inside Kumkrong ({@code /triage/reports/…})
	 * @return how many messages the SMTP server accepted
	 */
	int send(List<Recipient> recipients, String path) {
		return mailer.send(recipients.stream().map(r -> new NoticeMail.Recipient(r.itemId(), r.email())).toList(),
				"notification.mail.dangerNow.subject", "notification.mail.dangerNow.body", path, "notification.dangerAlert.mailed");
	}

}
