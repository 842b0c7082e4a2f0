-- The working group (coordination module): objectives, priority actions with progress notes, meetings with
-- their participating agencies and decisions, and the law-reform tracker. Agency ids refer to the
-- directory without cross-module foreign keys.
create table coordination_objective (
    code           varchar(32)   not null primary key,
    title_en       varchar(300)  not null,
    title_th       varchar(300)  not null,
    sort_order     integer       not null
);

create table coordination_meeting (
    id             uuid          not null primary key,
    title          varchar(200)  not null,
    held_on        date          not null,
    place          varchar(200),
    agenda         varchar(4000),
    minutes        varchar(8000),
    created_by     uuid,
    created_at     timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null
);
create index coordination_meeting_held_idx on coordination_meeting (held_on);

create table coordination_meeting_agency (
    meeting_id     uuid not null references coordination_meeting (id),
    agency_id      uuid not null,
    primary key (meeting_id, agency_id)
);

create table coordination_decision (
    id             uuid          not null primary key,
    meeting_id     uuid          not null references coordination_meeting (id),
    position       integer       not null,
    text           varchar(2000) not null,
    recorded_at    timestamp(6) with time zone not null
);
create index coordination_decision_meeting_idx on coordination_decision (meeting_id, position);

create table coordination_action (
    id                  uuid          not null primary key,
    title               varchar(200)  not null,
    description         varchar(4000),
    objective_code      varchar(32)   not null references coordination_objective (code),
    owner_agency_id     uuid          not null,
    lead_name           varchar(200),
    due_on              date          not null,
    status              varchar(16)   not null,
    decision_id         uuid references coordination_decision (id),
    overdue_notified_at timestamp(6) with time zone,
    completed_at        timestamp(6) with time zone,
    created_by          uuid,
    created_at          timestamp(6) with time zone not null,
    updated_at          timestamp(6) with time zone not null,
    version             bigint        not null default 0
);
create index coordination_action_due_idx on coordination_action (status, due_on);
create index coordination_action_owner_idx on coordination_action (owner_agency_id);

create table coordination_progress_note (
    id             uuid          not null primary key,
    action_id      uuid          not null references coordination_action (id),
    noted_on       date          not null,
    status         varchar(16)   not null,
    note           varchar(2000) not null,
    author_id      uuid,
    recorded_at    timestamp(6) with time zone not null
);
create index coordination_progress_note_idx on coordination_progress_note (action_id, recorded_at);

create table coordination_reform (
    id             uuid          not null primary key,
    title_en       varchar(300)  not null,
    title_th       varchar(300)  not null,
    stage          varchar(16)   not null,
    stage_since    date,
    enacted_on     date,
    in_force_on    date,
    notes          varchar(4000),
    offence_codes  varchar(500),
    sort_order     integer       not null,
    updated_at     timestamp(6) with time zone not null
);

-- The three objectives of the partnership (CPP Partners Meeting report, Bangkok, 17 December 2009).
insert into coordination_objective (code, title_en, title_th, sort_order) values
    ('LAW_ENFORCEMENT', 'Law enforcement, governments and supporting public bodies are better able to address ICT enabled child sexual exploitation',
     'หน่วยงานบังคับใช้กฎหมาย รัฐบาล และหน่วยงานสาธารณะที่สนับสนุน มีศักยภาพมากขึ้นในการรับมือการแสวงประโยชน์ทางเพศจากเด็กผ่านเทคโนโลยีสารสนเทศและการสื่อสาร', 10),
    ('ACCESS_TO_PROTECTION', 'Female and male children and their communities have access to responsive legal and other protections that prevent and address ICT enabled child sexual exploitation',
     'เด็กหญิงและเด็กชายและชุมชนของเด็กเข้าถึงการคุ้มครองทางกฎหมายและการคุ้มครองอื่นที่ตอบสนองได้จริง เพื่อป้องกันและแก้ไขการแสวงประโยชน์ทางเพศจากเด็กผ่านเทคโนโลยีสารสนเทศและการสื่อสาร', 20),
    ('COORDINATED_SYSTEMS', 'A coordinated systems approach is used by multiple sector partners to prevent and address ICT enabled child sexual exploitation from a child rights perspective',
     'ภาคีหลายภาคส่วนใช้แนวทางเชิงระบบที่ประสานกัน เพื่อป้องกันและแก้ไขการแสวงประโยชน์ทางเพศจากเด็กผ่านเทคโนโลยีสารสนเทศและการสื่อสาร จากมุมมองสิทธิเด็ก', 30);

-- The law-reform tracker: the reform named in the seed report and the Thai laws the training covers.
-- Stages and dates are as publicly known; notes say what each is about. Editable by coordinators.
insert into coordination_reform (id, title_en, title_th, stage, stage_since, enacted_on, in_force_on, notes, offence_codes, sort_order, updated_at) values
    ('6b1d7a52-3f0e-4c59-9a51-0c1f8e2a1001', 'Bill on the criminalisation and litigation procedures for pornography, mass media and computer-related crime (drafting reported at the CPP Partners Meeting, December 2009)',
     'ร่างกฎหมายว่าด้วยการกำหนดความผิดและวิธีพิจารณาคดีเกี่ยวกับสื่อลามก สื่อมวลชน และความผิดเกี่ยวกับคอมพิวเตอร์ (รายงานว่าอยู่ระหว่างยกร่างในการประชุมภาคี CPP ธันวาคม 2552)',
     'DRAFTING', '2009-12-17', null, null, 'Named in the seed report under "Legislative change". Advocate that it addresses child protection, not only technology.', 'CSAM CSAM_SOLICITATION', 10, current_timestamp),
    ('6b1d7a52-3f0e-4c59-9a51-0c1f8e2a1002', 'Continued advocacy for ICT and child protection related reform (modern criminal procedure, data collection for ICT-related crime)',
     'การผลักดันการปฏิรูปกฎหมายด้านเทคโนโลยีสารสนเทศและการคุ้มครองเด็กอย่างต่อเนื่อง (วิธีพิจารณาความอาญาที่ทันสมัย การเก็บข้อมูลอาชญากรรมที่เกี่ยวกับเทคโนโลยี)',
     'IDEA', '2010-01-25', null, null, 'Next step of the partnership: "Continue to advocate for ICT and child protection related reform — ongoing". Challenges named: 70-year-old criminal procedures, weak data collection.', 'ONLINE_GROOMING SEXTORTION', 20, current_timestamp),
    ('6b1d7a52-3f0e-4c59-9a51-0c1f8e2a1003', 'Child Protection Act B.E. 2546 (2003)', 'พระราชบัญญัติคุ้มครองเด็ก พ.ศ. 2546',
     'IN_FORCE', '2004-03-30', '2003-09-24', '2004-03-30', 'Duties towards children, protection and welfare of children at risk; prohibits acts of cruelty and exploitation of children.', 'CSAM CONTACT_ABUSE_ONLINE_COMPONENT', 30, current_timestamp),
    ('6b1d7a52-3f0e-4c59-9a51-0c1f8e2a1004', 'Computer-Related Crime Act B.E. 2550 (2007)', 'พระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ พ.ศ. 2550',
     'IN_FORCE', '2007-07-18', '2007-06-10', '2007-07-18', 'Computer data offences, including importing obscene computer data accessible to the public; service-provider data retention.', 'CSAM NONCONSENSUAL_SHARING', 40, current_timestamp),
    ('6b1d7a52-3f0e-4c59-9a51-0c1f8e2a1005', 'Computer-Related Crime Act (No. 2) B.E. 2560 (2017)', 'พระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ (ฉบับที่ 2) พ.ศ. 2560',
     'IN_FORCE', '2017-05-24', '2017-01-23', '2017-05-24', 'Amends the 2007 Act: heavier penalty where obscene computer data concerns a child under 18.', 'CSAM NONCONSENSUAL_SHARING', 50, current_timestamp),
    ('6b1d7a52-3f0e-4c59-9a51-0c1f8e2a1006', 'Penal Code Amendment Act (No. 24) B.E. 2558 (2015)', 'พระราชบัญญัติแก้ไขเพิ่มเติมประมวลกฎหมายอาญา (ฉบับที่ 24) พ.ศ. 2558',
     'IN_FORCE', '2015-12-07', '2015-12-06', '2015-12-07', 'Criminalises possession of child pornography for exploitation or distribution (sections 287/1 and 287/2), child under 18.', 'CSAM CSAM_SOLICITATION', 60, current_timestamp),
    ('6b1d7a52-3f0e-4c59-9a51-0c1f8e2a1007', 'Anti-Trafficking in Persons Act B.E. 2551 (2008)', 'พระราชบัญญัติป้องกันและปราบปรามการค้ามนุษย์ พ.ศ. 2551',
     'IN_FORCE', '2008-06-05', '2008-01-30', '2008-06-05', 'Exploitation includes producing or distributing pornographic material and other sexual exploitation; protection of trafficked persons.', 'ONLINE_TRAFFICKING LIVE_STREAMED_ABUSE', 70, current_timestamp);
