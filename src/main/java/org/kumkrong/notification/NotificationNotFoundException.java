package org.kumkrong.notification;

import org.kumkrong.platform.NotFoundException;

/** No such inbox item, or it belongs to someone else: both answer 404. */
public class NotificationNotFoundException extends NotFoundException {

	public NotificationNotFoundException() {
		super("notification_item");
	}

}
