package org.kumkrong.notification.internal;

import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kumkrong.notification.NotificationKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The referral, transfer and task e-mails against a real SMTP server: the link and the kind, nothing else. */
class NoticeMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Test
	void eachPersonGetsOneMailWithTheLinkOnlyAndEachIsAudited() throws Exception {
		var audit = new NotificationMailTests.RecordedAudit();
		var mail = new NoticeMail(NotificationMailTestsAccess.sender(smtp), NotificationMailTests.messages(), audit,
				"alerts@kumkrong.example.org", NotificationMailTests.BASE_URL);
		UUID item = UUID.randomUUID();
		UUID referral = UUID.randomUUID();

		int sent = mail.send(List.of(new NoticeMail.Recipient(item, "somsri@example.org")), NotificationKind.REFERRAL_REQUESTED,
				"/referrals/" + referral);

		assertThat(sent).isEqualTo(1);
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).contains("a case was referred to your agency", "คุ้มครอง");
		assertThat(((String) received[0].getContent())).contains("https://kumkrong.example.org/referrals/" + referral);
		assertThat(audit.entries).containsExactly("notification.notice.mailed SUCCESS notification_item:" + item);
	}

}
