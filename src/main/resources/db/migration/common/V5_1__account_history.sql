-- Hibernate Envers history of staff accounts (revisions in audit_revision). Secrets are not audited.
create table account_user_aud (
    id                   uuid   not null,
    rev                  bigint not null,
    revtype              smallint,
    username             varchar(64),
    display_name         varchar(200),
    email                varchar(254),
    agency_id            uuid,
    totp_enrolled        boolean,
    active               boolean,
    must_change_password boolean,
    created_at           timestamp(6) with time zone,
    updated_at           timestamp(6) with time zone,
    primary key (id, rev)
);

create table account_user_role_aud (
    rev     bigint      not null,
    revtype smallint,
    user_id uuid        not null,
    role    varchar(32) not null,
    primary key (rev, user_id, role)
);
