package org.kumkrong.notification.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kumkrong.account.StaffContact;
import org.kumkrong.notification.NotificationKind;

import org.springframework.stereotype.Component;

/** Puts one notice into people's inboxes and, where SMTP is configured, e-mails them the link. */
@Component
class Notices {

	private final NotificationInbox inbox;

	private final NoticeMail mail;

	Notices(NotificationInbox inbox, NoticeMail mail) {
		this.inbox = inbox;
		this.mail = mail;
	}

	/** @return the new inbox items per person (none for someone who already had this item) */
	Map<UUID, UUID> tell(Collection<StaffContact> people, NotificationKind kind, String messageKey, List<String> args,
			String link) {
		List<StaffContact> distinct = people.stream()
			.collect(java.util.stream.Collectors.toMap(StaffContact::userId, person -> person, (a, b) -> a,
					java.util.LinkedHashMap::new))
			.values().stream().toList();
		Map<UUID, UUID> items = inbox.deliver(distinct.stream().map(StaffContact::userId).toList(), kind, messageKey, args,
				link);
		mail.send(NoticeMail.recipients(distinct, items), kind, link);
		return items;
	}

}
