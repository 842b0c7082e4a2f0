package org.kumkrong.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * One item of a person's inbox, ready to show.
 *
 * @param text the message in the reader's language (codes and references only, no personal data)
 * @param link where the item leads inside Kumkrong (a path), or {@code null}
 * @param readAt when its owner marked it read, or {@code null} while unread
 */
public record NotificationView(UUID id, NotificationKind kind, String text, String link, Instant createdAt,
		Instant readAt) {

	public boolean read() {
		return readAt != null;
	}

}
