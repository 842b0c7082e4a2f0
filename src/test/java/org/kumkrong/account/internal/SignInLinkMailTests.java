package org.kumkrong.account.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** A real SMTP server (GreenMail) receives the one-time link when mail is configured. */
class SignInLinkMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	static ReloadableResourceBundleMessageSource messages() {
		var source = new ReloadableResourceBundleMessageSource();
		source.setBasenames("classpath:messages/account");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@Test
	void mailsTheLinkInThaiAndEnglishAndAuditsIt() throws Exception {
		var sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(smtp.getSmtp().getPort());
		var beans = new StaticListableBeanFactory(Map.of("mailSender", sender));
		AuditTrail audit = mock(AuditTrail.class);
		var mail = new SignInLinkMail(beans.getBeanProvider(JavaMailSender.class), messages(), audit, "kk@example.org");
		UUID user = UUID.randomUUID();

		assertThat(mail.send(Optional.of("somsri@example.org"), user, "http://localhost/activate/abc")).isTrue();

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("somsri@example.org");
		String body = (String) received[0].getContent();
		assertThat(received[0].getSubject()).contains("Kumkrong").contains("ลิงก์");
		assertThat(body).contains("http://localhost/activate/abc").contains("72").contains("ชั่วโมง");
		verify(audit).record("account.user.linkMailed", "account_user", user, AuditOutcome.SUCCESS);
	}

	@Test
	void sendsNothingWithoutSmtpOrWithoutAnAddress() {
		AuditTrail audit = mock(AuditTrail.class);
		var none = new SignInLinkMail(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), messages(),
				audit, "kk@example.org");
		assertThat(none.send(Optional.of("somsri@example.org"), UUID.randomUUID(), "link")).isFalse();
		var sender = new JavaMailSenderImpl();
		var some = new SignInLinkMail(new StaticListableBeanFactory(Map.of("m", sender)).getBeanProvider(JavaMailSender.class),
				messages(), audit, "kk@example.org");
		assertThat(some.send(Optional.empty(), UUID.randomUUID(), "link")).isFalse();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

}
