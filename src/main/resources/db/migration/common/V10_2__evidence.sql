-- Evidence: files of a case, each kept in platform's encrypted file store (file_id), hashed at acquisition,
-- with its chain of custody and what it matched. The description is encrypted (platform field encryption).
create sequence evidence_number start with 1 increment by 1;

create table evidence_item (
    id              uuid         not null primary key,
    reference       varchar(24)  not null unique,
    case_id         uuid         not null,
    file_id         uuid         not null,
    kind            varchar(16)  not null,
    media_type      varchar(64)  not null,
    size_bytes      bigint       not null,
    sha256          varchar(64)  not null,
    sha1            varchar(40)  not null,
    md5             varchar(32)  not null,
    pdq             varchar(64),
    pdq_quality     integer,
    width           integer,
    height          integer,
    description     text,
    origin          varchar(24)  not null,
    origin_ref      varchar(40),
    source_file_id  uuid,
    acquired_at     timestamp(6) with time zone not null,
    acquired_by     uuid,
    acquired_agency uuid,
    integrity       varchar(16)  not null,
    verified_at     timestamp(6) with time zone,
    match_count     integer      not null default 0
);
create index evidence_item_case_idx on evidence_item (case_id, acquired_at);
create index evidence_item_agency_idx on evidence_item (acquired_agency, acquired_at);
create index evidence_item_verified_idx on evidence_item (verified_at);
-- A report's file becomes evidence of a case once, however often the report is screened in.
create unique index evidence_item_adopted_idx on evidence_item (case_id, source_file_id);

-- The chain of custody: every action on an item, append-only.
create table evidence_custody (
    id          uuid         not null primary key,
    evidence_id uuid         not null references evidence_item (id),
    action      varchar(24)  not null,
    at          timestamp(6) with time zone not null,
    actor_id    uuid,
    agency_id   uuid,
    detail      varchar(200)
);
create index evidence_custody_item_idx on evidence_custody (evidence_id, at);

-- What an item matched: an entry of a hash list, or another evidence item (perhaps of another case).
create table evidence_match (
    id                uuid         not null primary key,
    evidence_id       uuid         not null references evidence_item (id),
    kind              varchar(8)   not null,
    distance          integer      not null,
    list_id           uuid,
    list_name         varchar(200),
    list_version      integer,
    category          varchar(32),
    other_evidence_id uuid,
    other_case_id     uuid,
    other_agency_id   uuid,
    found_at          timestamp(6) with time zone not null
);
create index evidence_match_item_idx on evidence_match (evidence_id);
