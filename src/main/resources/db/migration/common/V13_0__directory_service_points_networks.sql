-- Service points of agencies (directory module): where and how a child or family reaches a service.
-- province_code is where the point is; directory_service_point_coverage lists the provinces it serves
-- (a national hotline covers every province). Reference codes without cross-module foreign keys.
create table directory_service_point (
    id             uuid          not null primary key,
    agency_id      uuid          not null references directory_agency (id),
    name_en        varchar(200)  not null,
    name_th        varchar(200)  not null,
    service_type   varchar(32)   not null,
    province_code  varchar(10)   not null,
    district       varchar(200),
    address        varchar(500),
    latitude       double precision,
    longitude      double precision,
    phones         varchar(200),
    hours          varchar(200),
    languages      varchar(200),
    min_age        integer,
    max_age        integer,
    sex            varchar(16)   not null default 'ANY',
    national       boolean       not null default false,
    active         boolean       not null default true,
    verified_on    date,
    verified_by    varchar(200),
    created_at     timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null,
    version        bigint        not null default 0
);
create index directory_service_point_agency_idx on directory_service_point (agency_id);
create index directory_service_point_type_idx on directory_service_point (service_type, province_code);

create table directory_service_point_coverage (
    service_point_id uuid        not null references directory_service_point (id),
    province_code    varchar(10) not null,
    primary key (service_point_id, province_code)
);
create index directory_coverage_province_idx on directory_service_point_coverage (province_code);

-- Community networks: one per province (a district may be named in text), their members (agencies,
-- schools, children's councils, contact roles — never children's names) and their meetings and activities.
create table directory_network (
    id             uuid          not null primary key,
    province_code  varchar(10)   not null,
    district       varchar(200),
    name_en        varchar(200)  not null,
    name_th        varchar(200)  not null,
    description    varchar(2000),
    created_at     timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null
);
create index directory_network_province_idx on directory_network (province_code);

create table directory_network_member (
    id             uuid          not null primary key,
    network_id     uuid          not null references directory_network (id),
    kind           varchar(32)   not null,
    agency_id      uuid,
    name           varchar(200),
    contact_role   varchar(200),
    added_at       timestamp(6) with time zone not null
);
create index directory_network_member_idx on directory_network_member (network_id);

create table directory_network_activity (
    id             uuid          not null primary key,
    network_id     uuid          not null references directory_network (id),
    kind           varchar(16)   not null,
    held_on        date          not null,
    title          varchar(200)  not null,
    notes          varchar(2000),
    recorded_at    timestamp(6) with time zone not null
);
create index directory_network_activity_idx on directory_network_activity (network_id, held_on);
