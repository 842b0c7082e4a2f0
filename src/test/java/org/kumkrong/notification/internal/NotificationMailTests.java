package org.kumkrong.notification.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kumkrong.account.Role;
import org.kumkrong.account.StaffContact;
import org.kumkrong.account.StaffDirectory;
import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.directory.Agencies;
import org.kumkrong.directory.AgencyView;
import org.kumkrong.intake.ReportChannel;
import org.kumkrong.intake.ReportId;
import org.kumkrong.intake.ReportPriority;
import org.kumkrong.intake.ReportSubmitted;
import org.kumkrong.notification.NotificationKind;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The danger-now e-mail against a real SMTP server (GreenMail on a free port). The shared application
 * context has no SMTP, so the alert and its mail sender are built here, with directory and account (other
 * modules) answered by mocks and the inbox by a stub that hands out item ids.
 */
class NotificationMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	static final String BASE_URL = "https://kumkrong.example.org/";

	/** The audit trail as a list of "action outcome record" lines. */
	static final class RecordedAudit implements AuditTrail {

		final List<String> entries = new ArrayList<>();

		@Override
		public void record(String action, String recordType, Object recordId, AuditOutcome outcome) {
			entries.add(action + " " + outcome + " " + recordType + ":" + recordId);
		}

		@Override
		public void record(UUID actorId, UUID agencyId, String action, String recordType, Object recordId,
				AuditOutcome outcome) {
			record(action, recordType, recordId, outcome);
		}

	}

	static ReloadableResourceBundleMessageSource messages() {
		var source = new ReloadableResourceBundleMessageSource();
		source.setBasenames("classpath:messages/notification");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	static ObjectProvider<JavaMailSender> smtpSender() {
		var sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(smtp.getSmtp().getPort());
		return new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
	}

	static ReportSubmitted dangerNow() {
		return new ReportSubmitted(new ReportId(UUID.randomUUID()), ReportChannel.PUBLIC, Instant.now(),
				List.of("SEXTORTION"), "TH-57", "AGE_13_15", "FACEBOOK", ReportPriority.DANGER_NOW);
	}

	@Test
	void onlyTheOnDutyAlertedWithAnAddressGetOneMailEachWithTheLinkAndNothingAboutTheReport() throws Exception {
		UUID desk = UUID.randomUUID();
		var onDuty = new StaffContact(UUID.randomUUID(), "Somsri", "somsri@example.org", true);
		var onDutyNoAddress = new StaffContact(UUID.randomUUID(), "Anan", null, true);
		var offDuty = new StaffContact(UUID.randomUUID(), "Malee", "malee@example.org", false);
		Agencies agencies = mock(Agencies.class);
		when(agencies.intakeDesks()).thenReturn(List.of(new AgencyView(desk, "Hotline", "สายด่วน", "HOTLINE", "TH-10",
				null, true, true)));
		StaffDirectory staff = mock(StaffDirectory.class);
		when(staff.activeStaff(desk, DangerAlerts.ALERTED)).thenReturn(List.of(onDuty, onDutyNoAddress, offDuty));
		NotificationInbox inbox = mock(NotificationInbox.class);
		UUID somsrisItem = UUID.randomUUID();
		when(inbox.deliver(anyList(), eq(NotificationKind.DANGER_NOW), anyString(), anyList(), anyString()))
			.thenReturn(Map.of(onDuty.userId(), somsrisItem, onDutyNoAddress.userId(), UUID.randomUUID(),
					offDuty.userId(), UUID.randomUUID()));
		var audit = new RecordedAudit();
		var alerts = new DangerAlerts(agencies, staff, inbox,
				new DangerAlertMail(smtpSender(), messages(), audit, "alerts@kumkrong.example.org", BASE_URL));
		ReportSubmitted event = dangerNow();

		alerts.on(event);

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly("somsri@example.org");
		String subject = received[0].getSubject();
		String body = ((String) received[0].getContent()).replace("\r\n", "\n");
		assertThat(subject).contains("Kumkrong", "คุ้มครอง");
		assertThat(body).contains("https://kumkrong.example.org/triage/reports/" + event.reportId().value())
			.contains("A report needs you now", "มีรายงานที่ต้องการคุณทันที");
		for (String detail : List.of("SEXTORTION", "TH-57", "AGE_13_15", "FACEBOOK", "PUBLIC", "DANGER_NOW", "Somsri")) {
			assertThat(subject + body).as("the mail names nothing about the report or the person").doesNotContain(detail);
		}
		assertThat(audit.entries).containsExactly("notification.dangerAlert.mailed SUCCESS notification_item:" + somsrisItem);
	}

	@Test
	void aMailThatCannotBeSentIsAuditedAsFailedAndTheOthersStillGo() throws Exception {
		var audit = new RecordedAudit();
		var mail = new DangerAlertMail(smtpSender(), messages(), audit, "alerts@kumkrong.example.org", BASE_URL);
		UUID broken = UUID.randomUUID();
		UUID fine = UUID.randomUUID();

		int sent = mail.send(List.of(new DangerAlertMail.Recipient(broken, "not an address"),
				new DangerAlertMail.Recipient(fine, "anan@example.org")), "/triage/reports/x");

		assertThat(sent).isEqualTo(1);
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(audit.entries).containsExactly(
				"notification.dangerAlert.mailed FAILURE notification_item:" + broken,
				"notification.dangerAlert.mailed SUCCESS notification_item:" + fine);
	}

	@Test
	void withoutSmtpNothingIsSentAndOtherPrioritiesAreIgnored() {
		var audit = new RecordedAudit();
		var noSmtp = new DangerAlertMail(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), messages(),
				audit, "alerts@kumkrong.example.org", BASE_URL);
		assertThat(noSmtp.send(List.of(new DangerAlertMail.Recipient(UUID.randomUUID(), "somsri@example.org")),
				"/triage/reports/x")).isZero();

		Agencies agencies = mock(Agencies.class);
		StaffDirectory staff = mock(StaffDirectory.class);
		NotificationInbox inbox = mock(NotificationInbox.class);
		var alerts = new DangerAlerts(agencies, staff, inbox,
				new DangerAlertMail(smtpSender(), messages(), audit, "alerts@kumkrong.example.org", BASE_URL));
		alerts.on(new ReportSubmitted(new ReportId(UUID.randomUUID()), ReportChannel.PUBLIC, Instant.now(), List.of(),
				null, null, null, ReportPriority.UNDER_13));

		org.mockito.Mockito.verifyNoInteractions(agencies, staff, inbox);
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(audit.entries).isEmpty();
		assertThat(DangerAlerts.ALERTED).containsExactlyInAnyOrder(Role.HOTLINE_ANALYST, Role.INVESTIGATOR);
	}

}
