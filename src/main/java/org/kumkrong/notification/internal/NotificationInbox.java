package org.kumkrong.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.kumkrong.audit.AuditOutcome;
import org.kumkrong.audit.AuditTrail;
import org.kumkrong.notification.NotificationKind;
import org.kumkrong.notification.NotificationNotFoundException;
import org.kumkrong.notification.NotificationView;
import org.kumkrong.notification.Notifications;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox table. An item's text is stored as a message key and its arguments, so each reader sees it in
 * their own language: an argument is either a code, shown through the message {@code notification.<code>}
 * (for example {@code priority.DANGER_NOW}), or a reference shown as it is (a report id).
 */
@Service
class NotificationInbox implements Notifications {

	static final String RECORD_TYPE = "notification_item";

	/** Separates the arguments in the {@code args} column; codes and ids never contain it. */
	private static final String SEPARATOR = "|";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final Clock clock;

	NotificationInbox(JdbcClient jdbc, MessageSource messages, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Puts one item into the inbox of each person, except those who already have an item of this kind
	 * leading to this link: an event delivered again (after a restart) alerts nobody twice.
	 *
	 * @return the new item's id per person who got one, in the given order
	 */
	@Transactional
	Map<UUID, UUID> deliver(Collection<UUID> userIds, NotificationKind kind, String messageKey, List<String> args,
			String link) {
		for (String argument : args) {
			if (argument == null || argument.isEmpty() || argument.contains(SEPARATOR)) {
				throw new IllegalArgumentException("notification arguments are non-empty codes or references");
			}
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		Map<UUID, UUID> created = new LinkedHashMap<>();
		for (UUID userId : new LinkedHashSet<>(userIds)) {
			boolean alreadyThere = jdbc.sql("select count(*) from notification_item where user_id = ? and kind = ? and link = ?")
				.params(userId, kind.name(), link)
				.query(Long.class)
				.single() > 0;
			if (alreadyThere) {
				continue;
			}
			UUID id = UUID.randomUUID();
			jdbc.sql("insert into notification_item (id, user_id, kind, message_key, args, link, created_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?)")
				.params(id, userId, kind.name(), messageKey, String.join(SEPARATOR, args), link, now)
				.update();
			created.put(userId, id);
		}
		return created;
	}

	@Override
	@Transactional(readOnly = true)
	public List<NotificationView> inbox(UUID userId, Locale locale) {
		return jdbc.sql("""
				select id, kind, message_key, args, link, created_at, read_at from notification_item
				where user_id = ?
				order by case when read_at is null then 0 else 1 end, created_at desc, id
				limit ?""")
			.params(userId, SHOWN)
			.query((row, n) -> view(row, locale))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public long unreadCount(UUID userId) {
		return jdbc.sql("select count(*) from notification_item where user_id = ? and read_at is null")
			.param(userId)
			.query(Long.class)
			.single();
	}

	@Override
	@Transactional
	public void markRead(UUID userId, UUID itemId) {
		int marked = jdbc.sql("update notification_item set read_at = ? where id = ? and user_id = ? and read_at is null")
			.params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), itemId, userId)
			.update();
		if (marked == 0) {
			boolean own = jdbc.sql("select count(*) from notification_item where id = ? and user_id = ?")
				.params(itemId, userId)
				.query(Long.class)
				.single() > 0;
			if (!own) {
				// Someone else's item answers exactly like a missing one.
				throw new NotificationNotFoundException();
			}
			return;
		}
		audit.record("notification.item.read", RECORD_TYPE, itemId, AuditOutcome.SUCCESS);
	}

	private NotificationView view(ResultSet row, Locale locale) throws SQLException {
		String args = row.getString("args");
		Object[] arguments = args == null || args.isEmpty() ? new Object[0]
				: Arrays.stream(args.split("\\" + SEPARATOR)).map(argument -> label(argument, locale)).toArray();
		String text = messages.getMessage(row.getString("message_key"), arguments, row.getString("message_key"), locale);
		return new NotificationView(row.getObject("id", UUID.class), NotificationKind.valueOf(row.getString("kind")), text,
				row.getString("link"), instant(row, "created_at"), instant(row, "read_at"));
	}

	private String label(String argument, Locale locale) {
		return messages.getMessage("notification." + argument, null, argument, locale);
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
