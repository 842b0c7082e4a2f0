package org.kumkrong.notification.web;

import java.util.Locale;
import java.util.Map;

import org.kumkrong.notification.Notifications;
import org.kumkrong.platform.Actor;
import org.kumkrong.platform.HomePanel;

import org.springframework.stereotype.Component;

/** The signed-in person's inbox, first on {@code /home}. */
@Component
class InboxPanel implements HomePanel {

	private final Notifications notifications;

	InboxPanel(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public String fragment() {
		return "notification/inbox :: panel";
	}

	@Override
	public Map<String, Object> model(Actor actor, Locale locale) {
		return Map.of("items", notifications.inbox(actor.userId(), locale), "unread",
				notifications.unreadCount(actor.userId()));
	}

	@Override
	public int order() {
		return 10;
	}

}
