-- Agencies (organisations) of the directory. agency_type and province_code hold reference codes
-- (reference module; no cross-module foreign key). parent_id links to a parent agency in the same table.
create table directory_agency (
    id            uuid         not null primary key,
    name_en       varchar(200) not null,
    name_th       varchar(200) not null,
    agency_type   varchar(64)  not null,
    province_code varchar(10)  not null,
    parent_id     uuid references directory_agency (id),
    active        boolean      not null default true,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    version       bigint       not null default 0
);
create index directory_agency_parent_idx on directory_agency (parent_id);
create index directory_agency_type_idx on directory_agency (agency_type);
create index directory_agency_province_idx on directory_agency (province_code);

-- Hibernate Envers history of directory_agency. rev points to audit_revision (audit module), without a
-- cross-module foreign key; the optimistic-locking version is not audited.
create table directory_agency_aud (
    id            uuid     not null,
    rev           bigint   not null,
    revtype       smallint,
    name_en       varchar(200),
    name_th       varchar(200),
    agency_type   varchar(64),
    province_code varchar(10),
    parent_id     uuid,
    active        boolean,
    created_at    timestamp(6) with time zone,
    updated_at    timestamp(6) with time zone,
    primary key (id, rev)
);
