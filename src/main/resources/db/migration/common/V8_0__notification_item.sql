-- The in-app inbox (notification module): one row per person and item. The text is a message key whose
-- arguments are codes and references only (never names or narrative), shown in the reader's language.
-- user_id refers to account_user without a foreign key (another module's table).
create table notification_item (
    id          uuid         not null primary key,
    user_id     uuid         not null,
    kind        varchar(32)  not null,
    message_key varchar(128) not null,
    args        text,
    link        varchar(512),
    created_at  timestamp(6) with time zone not null,
    read_at     timestamp(6) with time zone
);
-- A person's inbox (unread first, newest first), and the check that an alert reaches a person only once.
create index notification_item_user_idx on notification_item (user_id, created_at);
create index notification_item_subject_idx on notification_item (user_id, kind, link);
