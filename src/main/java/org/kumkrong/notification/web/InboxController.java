package org.kumkrong.notification.web;

import java.util.UUID;

import org.kumkrong.notification.Notifications;
import org.kumkrong.platform.Actor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Marking inbox items read; the inbox itself is a panel of the staff home page. */
@Controller
class InboxController {

	private final Notifications notifications;

	InboxController(Notifications notifications) {
		this.notifications = notifications;
	}

	@PostMapping("/notifications/{id}/read")
	@PreAuthorize("hasAuthority(T(org.kumkrong.platform.Authorities).SIGNED_IN)")
	String markRead(@PathVariable UUID id, RedirectAttributes redirect) {
		Actor actor = Actor.current().orElseThrow(() -> new AccessDeniedException("no staff member signed in"));
		// Only one's own items: another person's item id answers 404 (NotificationNotFoundException).
		notifications.markRead(actor.userId(), id);
		redirect.addFlashAttribute("notificationNotice", "notification.notice.read");
		return "redirect:/home#inbox";
	}

}
