package org.kumkrong.account.internal;

import java.util.Locale;
import java.util.Optional;

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
 * Sends a one-time sign-in link to the account's e-mail address when SMTP is configured
 * ({@code spring.mail.host}); the administrator sees the link on screen either way. The mail is
 * bilingual, names no agency or case, and failures never undo the account change.
 */
@Component
public class SignInLinkMail {

	private static final Logger log = LoggerFactory.getLogger(SignInLinkMail.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final String from;

	SignInLinkMail(ObjectProvider<JavaMailSender> mail, MessageSource messages, AuditTrail audit,
			@Value("${kumkrong.mail.from:no-reply@kumkrong.invalid}") String from) {
		this.mail = mail;
		this.messages = messages;
		this.audit = audit;
		this.from = from;
	}

	/** @return whether a mail was handed to the SMTP server */
	public boolean send(Optional<String> email, java.util.UUID userId, String link) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null || email.isEmpty()) {
			return false;
		}
		var message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(email.get());
		message.setSubject(text("account.mail.link.subject", Locale.forLanguageTag("th")) + " / "
				+ text("account.mail.link.subject", Locale.ENGLISH));
		message.setText(text("account.mail.link.body", Locale.forLanguageTag("th"), link) + "\n\n---\n\n"
				+ text("account.mail.link.body", Locale.ENGLISH, link));
		try {
			sender.send(message);
			audit.record("account.user.linkMailed", SignIn.RECORD_TYPE, userId, AuditOutcome.SUCCESS);
			return true;
		}
		catch (MailException ex) {
			log.warn("The sign-in link mail for account {} could not be sent: {}", userId, ex.getClass().getSimpleName());
			audit.record("account.user.linkMailed", SignIn.RECORD_TYPE, userId, AuditOutcome.FAILURE);
			return false;
		}
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
