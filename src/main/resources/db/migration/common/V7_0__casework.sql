-- Casework: cases, their team (the one rule of access), the reports that joined them, children
-- (identifying fields encrypted in one sealed column), suspects and their online identifiers, incidents
-- and their offences, notes, tasks, outcomes, a readable timeline and saved searches. Every table whose
-- rows people change has an Envers history (*_aud, revisions in audit_revision).
create sequence casework_case_number start with 1 increment by 1;
create sequence casework_child_number start with 1 increment by 1;

create table casework_case (
    id                         uuid primary key,
    reference                  varchar(16)  not null unique,
    title                      varchar(200) not null,
    summary                    text,
    owner_agency_id            uuid         not null,
    priority                   varchar(16)  not null,
    status                     varchar(16)  not null,
    status_reason              varchar(40),
    province_code              varchar(8),
    opened_at                  timestamp(6) with time zone not null,
    opened_by                  uuid,
    closed_at                  timestamp(6) with time zone,
    merged_into                uuid,
    transfer_to_agency_id      uuid,
    transfer_reason            varchar(1000),
    updated_at                 timestamp(6) with time zone not null,
    version                    bigint       not null
);
create index casework_case_owner on casework_case (owner_agency_id, status);
create index casework_case_opened on casework_case (opened_at);

create table casework_team (
    id          uuid primary key,
    case_id     uuid        not null references casework_case (id),
    agency_id   uuid        not null,
    access      varchar(16) not null,
    joined_at   timestamp(6) with time zone not null,
    unique (case_id, agency_id)
);
create index casework_team_agency on casework_team (agency_id, case_id);

create table casework_case_report (
    case_id          uuid        not null references casework_case (id),
    report_id        uuid        not null,
    report_reference varchar(20),
    linked_at        timestamp(6) with time zone not null,
    primary key (case_id, report_id)
);
create index casework_case_report_report on casework_case_report (report_id);
create index casework_case_report_reference on casework_case_report (report_reference);

create table casework_child (
    id             uuid primary key,
    case_id        uuid        not null references casework_case (id),
    code           varchar(16) not null unique,
    age_band       varchar(40) not null,
    sex            varchar(40) not null,
    province_code  varchar(8),
    needs          varchar(2000),
    risks          varchar(2000),
    identity       text,
    merged_into    uuid,
    created_at     timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null,
    version        bigint      not null
);
create index casework_child_case on casework_child (case_id);

create table casework_suspect (
    id              uuid primary key,
    case_id         uuid         not null references casework_case (id),
    label           varchar(200) not null,
    known           boolean      not null,
    estimated_age   varchar(40),
    relation        varchar(40)  not null,
    arrest_status   varchar(20)  not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    version         bigint       not null
);
create index casework_suspect_case on casework_suspect (case_id);

create table casework_suspect_identifier (
    id            uuid primary key,
    suspect_id    uuid         not null references casework_suspect (id),
    kind          varchar(16)  not null,
    platform_code varchar(40),
    identifier    varchar(500) not null,
    normalized    varchar(500) not null,
    observed_at   timestamp(6) with time zone
);
create index casework_suspect_identifier_value on casework_suspect_identifier (normalized);
create index casework_suspect_identifier_suspect on casework_suspect_identifier (suspect_id);

create table casework_incident (
    id             uuid primary key,
    case_id        uuid        not null references casework_case (id),
    occurred_on    date,
    province_code  varchar(8),
    description    varchar(10000),
    created_at     timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null,
    version        bigint      not null
);
create index casework_incident_case on casework_incident (case_id);

create table casework_incident_offence (
    incident_id    uuid        not null references casework_incident (id),
    offence_code   varchar(40) not null,
    activity       varchar(40) not null default '',
    flags          varchar(200) not null default '',
    primary key (incident_id, offence_code, activity)
);
create index casework_incident_offence_code on casework_incident_offence (offence_code);

create table casework_incident_platform (
    incident_id    uuid        not null references casework_incident (id),
    platform_code  varchar(40) not null,
    primary key (incident_id, platform_code)
);

create table casework_incident_child (
    incident_id  uuid not null references casework_incident (id),
    child_id     uuid not null,
    primary key (incident_id, child_id)
);

create table casework_incident_suspect (
    incident_id  uuid not null references casework_incident (id),
    suspect_id   uuid not null,
    primary key (incident_id, suspect_id)
);

create table casework_incident_report (
    incident_id  uuid not null references casework_incident (id),
    report_id    uuid not null,
    primary key (incident_id, report_id)
);

create table casework_note (
    id          uuid primary key,
    case_id     uuid          not null references casework_case (id),
    author_id   uuid          not null,
    agency_id   uuid          not null,
    visibility  varchar(16)   not null,
    body        varchar(20000) not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    version     bigint        not null
);
create index casework_note_case on casework_note (case_id);

create table casework_task (
    id           uuid primary key,
    case_id      uuid         not null references casework_case (id),
    title        varchar(300) not null,
    assignee_id  uuid,
    due_on       date,
    done_at      timestamp(6) with time zone,
    created_by   uuid         not null,
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null,
    version      bigint       not null
);
create index casework_task_case on casework_task (case_id);
create index casework_task_assignee on casework_task (assignee_id, done_at);

create table casework_outcome (
    id               uuid primary key,
    case_id          uuid         not null references casework_case (id),
    type             varchar(32)  not null,
    occurred_on      date         not null,
    suspect_id       uuid,
    child_id         uuid,
    legal_basis      varchar(40),
    detail           varchar(2000),
    agency_id        uuid         not null,
    recorded_by      uuid         not null,
    recorded_at      timestamp(6) with time zone not null,
    version          bigint       not null
);
create index casework_outcome_case on casework_outcome (case_id);

create table casework_timeline (
    id          uuid primary key,
    case_id     uuid          not null references casework_case (id),
    at          timestamp(6) with time zone not null,
    actor_id    uuid,
    agency_id   uuid,
    message_key varchar(100)  not null,
    arguments   varchar(2000) not null default ''
);
create index casework_timeline_case on casework_timeline (case_id, at);

create table casework_saved_search (
    id          uuid primary key,
    user_id     uuid         not null,
    name        varchar(100) not null,
    query       varchar(2000) not null,
    created_at  timestamp(6) with time zone not null
);
create index casework_saved_search_user on casework_saved_search (user_id);

-- Envers history.
create table casework_case_aud (
    id uuid not null, rev bigint not null, revtype smallint,
    reference varchar(16), title varchar(200), summary text, owner_agency_id uuid, priority varchar(16),
    status varchar(16), status_reason varchar(40), province_code varchar(8), opened_at timestamp(6) with time zone,
    opened_by uuid, closed_at timestamp(6) with time zone, merged_into uuid, transfer_to_agency_id uuid,
    transfer_reason varchar(1000), updated_at timestamp(6) with time zone,
    primary key (id, rev)
);
create table casework_team_aud (
    id uuid not null, rev bigint not null, revtype smallint,
    case_id uuid, agency_id uuid, access varchar(16), joined_at timestamp(6) with time zone,
    primary key (id, rev)
);
create table casework_child_aud (
    id uuid not null, rev bigint not null, revtype smallint,
    case_id uuid, code varchar(16), age_band varchar(40), sex varchar(40), province_code varchar(8),
    needs varchar(2000), risks varchar(2000), identity text, merged_into uuid,
    created_at timestamp(6) with time zone, updated_at timestamp(6) with time zone,
    primary key (id, rev)
);
create table casework_suspect_aud (
    id uuid not null, rev bigint not null, revtype smallint,
    case_id uuid, label varchar(200), known boolean, estimated_age varchar(40), relation varchar(40),
    arrest_status varchar(20), created_at timestamp(6) with time zone, updated_at timestamp(6) with time zone,
    primary key (id, rev)
);
create table casework_suspect_identifier_aud (
    id uuid not null, rev bigint not null, revtype smallint,
    suspect_id uuid, kind varchar(16), platform_code varchar(40), identifier varchar(500), normalized varchar(500),
    observed_at timestamp(6) with time zone,
    primary key (id, rev)
);
create table casework_incident_aud (
    id uuid not null, rev bigint not null, revtype smallint,
    case_id uuid, occurred_on date, province_code varchar(8), description varchar(10000),
    created_at timestamp(6) with time zone, updated_at timestamp(6) with time zone,
    primary key (id, rev)
);
create table casework_incident_offence_aud (
    rev bigint not null, revtype smallint,
    incident_id uuid not null, setordinal integer not null,
    offence_code varchar(40) not null, activity varchar(40) not null, flags varchar(200) not null,
    primary key (rev, incident_id, setordinal, offence_code, activity, flags)
);
create table casework_incident_platform_aud (
    rev bigint not null, revtype smallint, incident_id uuid not null, platform_code varchar(40) not null,
    primary key (rev, incident_id, platform_code)
);
create table casework_incident_child_aud (
    rev bigint not null, revtype smallint, incident_id uuid not null, child_id uuid not null,
    primary key (rev, incident_id, child_id)
);
create table casework_incident_suspect_aud (
    rev bigint not null, revtype smallint, incident_id uuid not null, suspect_id uuid not null,
    primary key (rev, incident_id, suspect_id)
);
create table casework_incident_report_aud (
    rev bigint not null, revtype smallint, incident_id uuid not null, report_id uuid not null,
    primary key (rev, incident_id, report_id)
);
create table casework_note_aud (
    id uuid not null, rev bigint not null, revtype smallint,
    case_id uuid, author_id uuid, agency_id uuid, visibility varchar(16), body varchar(20000),
    created_at timestamp(6) with time zone, updated_at timestamp(6) with time zone,
    primary key (id, rev)
);
create table casework_task_aud (
    id uuid not null, rev bigint not null, revtype smallint,
    case_id uuid, title varchar(300), assignee_id uuid, due_on date, done_at timestamp(6) with time zone,
    created_by uuid, created_at timestamp(6) with time zone, updated_at timestamp(6) with time zone,
    primary key (id, rev)
);
create table casework_outcome_aud (
    id uuid not null, rev bigint not null, revtype smallint,
    case_id uuid, type varchar(32), occurred_on date, suspect_id uuid, child_id uuid, legal_basis varchar(40),
    detail varchar(2000), agency_id uuid, recorded_by uuid, recorded_at timestamp(6) with time zone,
    primary key (id, rev)
);
