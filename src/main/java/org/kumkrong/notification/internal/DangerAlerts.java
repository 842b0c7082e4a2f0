package org.kumkrong.notification.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.kumkrong.account.Role;
import org.kumkrong.account.StaffContact;
import org.kumkrong.account.StaffDirectory;
import org.kumkrong.directory.Agencies;
import org.kumkrong.intake.ReportPriority;
import org.kumkrong.intake.ReportSubmitted;
import org.kumkrong.notification.NotificationKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * A child may be in danger now: every hotline analyst and investigator of every intake desk is told in
 * their inbox, and those on duty also by e-mail. The alert names the priority, the channel and the report
 * id, all from the event; nothing else about the report is looked up, so notification never holds what a
 * reporter wrote.
 */
@Component
class DangerAlerts {

	private static final Logger log = LoggerFactory.getLogger(DangerAlerts.class);

	/** The roles that work the triage queue at an intake desk. */
	static final Set<Role> ALERTED = EnumSet.of(Role.HOTLINE_ANALYST, Role.INVESTIGATOR);

	static final String MESSAGE_KEY = "notification.dangerNow.text";

	private final Agencies agencies;

	private final StaffDirectory staff;

	private final NotificationInbox inbox;

	private final DangerAlertMail mail;

	DangerAlerts(Agencies agencies, StaffDirectory staff, NotificationInbox inbox, DangerAlertMail mail) {
		this.agencies = agencies;
		this.staff = staff;
		this.inbox = inbox;
		this.mail = mail;
	}

	/**
	 * Runs without a transaction of its own: the inbox items commit first (in {@link NotificationInbox}), and
	 * only then does mail go out, so a slow SMTP server never holds a database connection.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED,
			condition = "#event.priority() == T(org.kumkrong.intake.ReportPriority).DANGER_NOW")
	void on(ReportSubmitted event) {
		// The condition keeps the registry from storing (and later completing) a publication for every other
		// report: one write transaction less per report on the partner API's hot path.
		if (event.priority() != ReportPriority.DANGER_NOW) {
			return;
		}
		String link = "/triage/reports/" + event.reportId().value();
		List<StaffContact> people = agencies.intakeDesks().stream()
			.flatMap(desk -> staff.activeStaff(desk.id(), ALERTED).stream())
			.toList();
		Map<UUID, UUID> items = inbox.deliver(people.stream().map(StaffContact::userId).toList(),
				NotificationKind.DANGER_NOW, MESSAGE_KEY, List.of("priority." + event.priority().name(),
						"channel." + event.channel().name(), event.reportId().value().toString()),
				link);
		List<DangerAlertMail.Recipient> recipients = people.stream()
			.filter(StaffContact::onDuty)
			.filter(person -> items.containsKey(person.userId()) && person.emailAddress().isPresent())
			.map(person -> new DangerAlertMail.Recipient(items.get(person.userId()), person.emailAddress().get()))
			.toList();
		int mailed = mail.send(recipients, link);
		log.info("Danger-now alert for report {}: {} inbox items, {} e-mails", event.reportId(), items.size(), mailed);
	}

}
