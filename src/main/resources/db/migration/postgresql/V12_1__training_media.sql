-- Pictures trainers upload for lessons (training module): checked, re-encoded as PNG without metadata, and
-- served at /training/media/{name}, the only place a lesson image may come from.
create table training_media (
    name         varchar(40)  primary key,
    width        integer      not null,
    height       integer      not null,
    content      bytea        not null,
    created_at   timestamp(6) with time zone not null,
    created_by   uuid
);
