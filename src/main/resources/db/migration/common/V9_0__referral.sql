-- Referrals (referral module): a case handed from one agency to another for a purpose, with the consent of
-- the child or guardian (or an audited override), a response deadline and an answer. case_id, the agency
-- ids, child ids and user ids refer to other modules' tables without foreign keys.
create table referral (
    id                      uuid          primary key,
    case_id                 uuid          not null,
    case_reference          varchar(16)   not null,
    from_agency_id          uuid          not null,
    to_agency_id            uuid          not null,
    -- A service point of the receiving agency, once the directory has them (issue 4, item 7).
    to_service_point_id     uuid,
    purpose                 varchar(32)   not null,
    state                   varchar(16)   not null,
    message                 varchar(2000),
    consent_given_by        varchar(32),
    consent_given_on        date,
    child_views_heard       boolean,
    child_views_summary     varchar(1000),
    consent_override_reason varchar(1000),
    consent_overridden_by   uuid,
    requested_by            uuid,
    requested_at            timestamp(6) with time zone not null,
    due_at                  timestamp(6) with time zone not null,
    answered_by             uuid,
    answered_at             timestamp(6) with time zone,
    reason_code             varchar(40),
    reason_note             varchar(2000),
    completed_at            timestamp(6) with time zone,
    outcome_code            varchar(40),
    outcome_note            varchar(2000),
    withdrawn_at            timestamp(6) with time zone,
    overdue_notified_at     timestamp(6) with time zone,
    updated_at              timestamp(6) with time zone not null,
    version                 bigint        not null
);
create index referral_from_idx on referral (from_agency_id, state, due_at);
create index referral_to_idx on referral (to_agency_id, state, due_at);
create index referral_case_idx on referral (case_id, requested_at);
-- The daily overdue job reads open referrals by deadline.
create index referral_due_idx on referral (state, due_at);

-- The children of the case a referral is about (none: the case as a whole).
create table referral_child (
    referral_id  uuid not null references referral (id),
    child_id     uuid not null,
    primary key (referral_id, child_id)
);

-- Every state a referral went through, who moved it and why (codes only).
create table referral_status_change (
    id           uuid         primary key,
    referral_id  uuid         not null references referral (id),
    state        varchar(16)  not null,
    at           timestamp(6) with time zone not null,
    actor_id     uuid,
    agency_id    uuid,
    reason_code  varchar(40)
);
create index referral_status_change_idx on referral_status_change (referral_id, at);
