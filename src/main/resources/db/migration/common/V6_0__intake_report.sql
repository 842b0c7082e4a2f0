-- Reports from the public and from partners (intake module). The columns the triage queue filters and
-- orders by are plain codes; everything a reporter wrote (narrative, links, names, contact details) is
-- kept only encrypted (platform field encryption, base64 text) in details and contact. Nothing here
-- records a client address.
create sequence intake_report_number start with 1 increment by 1;

create table intake_report (
    id                uuid         not null primary key,
    reference         varchar(20)  not null unique,
    channel           varchar(16)  not null,
    status            varchar(16)  not null,
    -- true while the report waits in the triage queue (RECEIVED, IN_REVIEW): the queue index starts here
    queue_open        boolean      not null,
    priority          smallint     not null,
    received_at       timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null,
    reporter_kind     varchar(32)  not null,
    reporter_age_band varchar(32),
    offence_code      varchar(64),
    province_code     varchar(10),
    platform_code     varchar(64),
    victim_age_band   varchar(32),
    danger            varchar(16)  not null,
    partner_agency_id uuid,
    partner_key_id    uuid,
    partner_reference varchar(200),
    receipt_lookup    varchar(64) unique,
    receipt_secret    varchar(200),
    details           text         not null,
    contact           text,
    merged_into       uuid,
    case_reference    varchar(20),
    case_owner_agency uuid,
    decision_reason   varchar(64),
    decided_at        timestamp(6) with time zone,
    decided_by        uuid,
    version           bigint       not null default 0
);
-- The triage queue: open reports, most urgent first, oldest first within a priority.
create index intake_report_queue_idx on intake_report (queue_open, priority, received_at, id);
create index intake_report_status_idx on intake_report (status, priority, received_at, id);
-- The queue of one province (the filter police use most), and the whole history in queue order.
create index intake_report_province_queue_idx on intake_report (queue_open, province_code, priority, received_at, id);
create index intake_report_order_idx on intake_report (priority, received_at, id);
-- A partner lists its own reports, newest first.
create index intake_report_partner_idx on intake_report (partner_agency_id, received_at, id);

-- Every offence code of a report (its classification); offence_code above is the first of them. The
-- queue columns are repeated here so that the queue of one offence is read in order from one index.
create table intake_report_offence (
    report_id    uuid        not null references intake_report (id),
    offence_code varchar(64) not null,
    queue_open   boolean     not null,
    priority     smallint    not null,
    received_at  timestamp(6) with time zone not null,
    primary key (report_id, offence_code)
);
create index intake_report_offence_queue_idx on intake_report_offence (offence_code, queue_open, priority, received_at, report_id);

-- Normalised indicators (URL, username, e-mail, phone, file hash) used to suggest duplicates.
create table intake_indicator (
    report_id uuid         not null references intake_report (id),
    kind      varchar(16)  not null,
    val       varchar(512) not null,
    primary key (report_id, kind, val)
);
create index intake_indicator_value_idx on intake_indicator (kind, val);

-- Messages between the hotline and an anonymous reporter (body encrypted).
create table intake_message (
    id         uuid        not null primary key,
    report_id  uuid        not null references intake_report (id),
    direction  varchar(16) not null,
    body       text        not null,
    author_id  uuid,
    created_at timestamp(6) with time zone not null
);
create index intake_message_report_idx on intake_message (report_id, created_at);

-- Screenshots a reporter attached, kept in platform's encrypted file store. report_id stays null until
-- the report is sent; files of abandoned drafts are purged.
create table intake_file (
    id           uuid        not null primary key,
    report_id    uuid references intake_report (id),
    content_type varchar(32) not null,
    size_bytes   bigint      not null,
    sha256       varchar(64) not null,
    sha1         varchar(40) not null,
    md5          varchar(32) not null,
    width        integer,
    height       integer,
    created_at   timestamp(6) with time zone not null
);
create index intake_file_report_idx on intake_file (report_id);

-- Partner API idempotency: the first answer to a key is kept and replayed.
create table intake_idempotency (
    client_id    uuid         not null,
    idem_key     varchar(255) not null,
    request_hash varchar(64)  not null,
    status_code  integer      not null,
    response     text         not null,
    created_at   timestamp(6) with time zone not null,
    primary key (client_id, idem_key)
);
