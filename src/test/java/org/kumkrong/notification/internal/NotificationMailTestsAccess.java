package org.kumkrong.notification.internal;

import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A mail sender pointed at a test SMTP server. */
final class NotificationMailTestsAccess {

	private NotificationMailTestsAccess() {
	}

	static ObjectProvider<JavaMailSender> sender(GreenMailExtension smtp) {
		var sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(smtp.getSmtp().getPort());
		return new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
	}

}
