-- Reference lists shared by every module. Codes are stable: rows are never deleted and codes never
-- reused; administrators edit labels and descriptions and deactivate entries.
create table reference_province (
    code       varchar(10)  not null primary key,
    name_en    varchar(200) not null,
    name_th    varchar(200) not null,
    active     boolean      not null default true,
    sort_order integer      not null,
    updated_at timestamp(6) with time zone
);

create table reference_entry (
    list_type           varchar(32)  not null,
    code                varchar(64)  not null,
    label_en            varchar(200) not null,
    label_th            varchar(200) not null,
    description_en      varchar(1000),
    description_th      varchar(1000),
    -- Offences only: the NCMEC CyberTipline incident type this offence is reported as (NCMEC's own
    -- legal category names, kept verbatim for the mapping and never shown as a label).
    ncmec_incident_type varchar(200),
    -- Offences only: allowed activity and flag codes, comma-separated.
    activities          varchar(500),
    flags               varchar(500),
    active              boolean      not null default true,
    sort_order          integer      not null,
    updated_at          timestamp(6) with time zone,
    primary key (list_type, code)
);
