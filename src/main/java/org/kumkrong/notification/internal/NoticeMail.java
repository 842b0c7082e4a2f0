package org.kumkrong.notification.internal;

import java.util.List;
import java.util.Locale;

import org.kumkrong.account.StaffContact;
import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.notification.NotificationKind;
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
 * E-mails that something in Kumkrong needs the reader (a referral, a transfer, a task), when SMTP is
 * configured. Like the danger alert, the mail holds nothing but what kind of item it is and the link,
 * which asks for sign-in; one message per person, each audited, and a failed one never stops the others.
 */
@Component
class NoticeMail {

	private static final Logger log = LoggerFactory.getLogger(NoticeMail.class);

	private static final Locale THAI = Locale.forLanguageTag("th");

	/** Someone to e-mail, and the inbox item the mail repeats (the audit entry names the item). */
	record Recipient(java.util.UUID itemId, String email) {

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

	NoticeMail(ObjectProvider<JavaMailSender> mail, MessageSource messages, AuditTrail audit,
			@Value("${kumkrong.mail.from:no-reply@kumkrong.invalid}") String from,
			@Value("${kumkrong.base-url:http://localhost:8080}") String baseUrl) {
		this.mail = mail;
		this.messages = messages;
		this.audit = audit;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** The people who got an inbox item and have an e-mail address. */
	static List<Recipient> recipients(List<StaffContact> people, java.util.Map<java.util.UUID, java.util.UUID> items) {
		return people.stream()
			.filter(person -> items.containsKey(person.userId()) && person.emailAddress().isPresent())
			.map(person -> new Recipient(items.get(person.userId()), person.emailAddress().get()))
			.toList();
	}

	/** @return how many messages the SMTP server accepted */
	int send(List<Recipient> recipients, NotificationKind kind, String path) {
		return send(recipients, "notification.mail." + kind.name() + ".subject", "notification.mail.notice.body", path,
				"notification.notice.mailed");
	}

	/**
	 * Sends one bilingual message (Thai, then English) per recipient: the subject and body keys are read in
	 * both languages, the body with the link as its argument. Each message is audited as {@code auditAction}
	 * on the recipient's inbox item, with its outcome; a failed one never stops the others.
	 *
	 * @return how many messages the SMTP server accepted
	 */
	int send(List<Recipient> recipients, String subjectKey, String bodyKey, String path, String auditAction) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null || recipients.isEmpty()) {
			return 0;
		}
		String link = baseUrl + path;
		String subject = text(subjectKey, THAI) + " / " + text(subjectKey, Locale.ENGLISH);
		String body = text(bodyKey, THAI, link) + "\n\n---\n\n" + text(bodyKey, Locale.ENGLISH, link);
		int sent = 0;
		for (Recipient recipient : recipients) {
			var message = new SimpleMailMessage();
			message.setFrom(from);
			message.setTo(recipient.email());
			message.setSubject(subject);
			message.setText(body);
			try {
				sender.send(message);
				audit.record(auditAction, NotificationInbox.RECORD_TYPE, recipient.itemId(), AuditOutcome.SUCCESS);
				sent++;
			}
			catch (MailException ex) {
				log.warn("The mail of inbox item {} ({}) could not be sent: {}", recipient.itemId(), auditAction,
						ex.getClass().getSimpleName());
				audit.record(auditAction, NotificationInbox.RECORD_TYPE, recipient.itemId(), AuditOutcome.FAILURE);
			}
		}
		return sent;
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
