-- Spring Modulith's event publication registry (the outbox) and its archive (schema v2 of modulith 2.0).
create table event_publication (
  id                     uuid not null primary key,
  completion_date        timestamp(9) with time zone,
  event_type             varchar(512) not null,
  listener_id            varchar(512) not null,
  publication_date       timestamp(9) with time zone not null,
  serialized_event       varchar not null,
  status                 varchar(20),
  completion_attempts    int,
  last_resubmission_date timestamp(9) with time zone
);
create index event_publication_by_listener_id_and_serialized_event_idx on event_publication (listener_id, serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

create table event_publication_archive (
  id                     uuid not null primary key,
  completion_date        timestamp(9) with time zone,
  event_type             varchar(512) not null,
  listener_id            varchar(512) not null,
  publication_date       timestamp(9) with time zone not null,
  serialized_event       varchar not null,
  status                 varchar(20),
  completion_attempts    int,
  last_resubmission_date timestamp(9) with time zone
);
create index event_publication_archive_by_listener_id_and_serialized_event_idx on event_publication_archive (listener_id, serialized_event);
create index event_publication_archive_by_completion_date_idx on event_publication_archive (completion_date);
