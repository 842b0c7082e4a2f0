package org.kumkrong.notification;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A staff member's inbox: the alerts and notices addressed to them. Every method works on one person's
 * own items; nobody lists or marks another person's.
 */
public interface Notifications {

	/** How many items {@link #inbox} answers at most. */
	int SHOWN = 50;

	/** The person's items in the locale's language: unread first, newest first within each. */
	List<NotificationView> inbox(UUID userId, Locale locale);

	/** How many of the person's items are unread. */
	long unreadCount(UUID userId);

	/**
	 * Marks one of the person's own items read, audited as {@code notification.item.read}. An item already
	 * read stays as it was.
	 *
	 * @throws NotificationNotFoundException when the person has no item with this id
	 */
	void markRead(UUID userId, UUID itemId);

}
