-- Training (training module): courses in versions, their lessons (Markdown) and final-assessment questions,
-- enrolments with progress per lesson, assessment attempts and certificates. user, agency and enrolling-user
-- ids refer to other modules' tables without foreign keys.
create table training_course (
    id         uuid         primary key,
    slug       varchar(80)  not null unique,
    created_at timestamp(6) with time zone not null,
    created_by uuid,
    -- The version new enrolments get; null until the first version is published.
    published_version integer
);

-- One version of a course: its text, audience and assessment rules. A published version never changes;
-- authors edit a DRAFT (at most one per course) and publish it as the next version.
create table training_course_version (
    course_id         uuid         not null references training_course (id),
    version           integer      not null,
    status            varchar(16)  not null,
    title_en          varchar(200) not null,
    title_th          varchar(200) not null,
    description_en    varchar(2000) not null,
    description_th    varchar(2000) not null,
    -- Role names (account module) the course is meant for, comma-separated; empty: every role.
    audience_roles    varchar(400) not null,
    -- Languages the course is written in: en, th or both (comma-separated).
    languages         varchar(16)  not null,
    pass_mark_percent integer      not null,
    -- Attempts allowed at the final assessment; 0: no limit.
    max_attempts      integer      not null,
    -- Questions drawn for one attempt (in random order); 0: all of them.
    questions_per_attempt integer  not null,
    updated_at        timestamp(6) with time zone not null,
    updated_by        uuid,
    published_at      timestamp(6) with time zone,
    published_by      uuid,
    primary key (course_id, version)
);

create table training_lesson (
    id        uuid         primary key,
    course_id uuid         not null,
    version   integer      not null,
    position  integer      not null,
    title_en  varchar(200) not null,
    title_th  varchar(200) not null,
    body_en   varchar(60000) not null,
    body_th   varchar(60000) not null,
    foreign key (course_id, version) references training_course_version (course_id, version)
);
create index training_lesson_version_idx on training_lesson (course_id, version, position);

-- A question of a version's final assessment: SINGLE (one right option) or MULTIPLE (all right options and
-- no wrong one must be chosen).
create table training_question (
    id          uuid          primary key,
    course_id   uuid          not null,
    version     integer       not null,
    position    integer       not null,
    kind        varchar(16)   not null,
    text_en     varchar(2000) not null,
    text_th     varchar(2000) not null,
    explain_en  varchar(2000) not null,
    explain_th  varchar(2000) not null,
    foreign key (course_id, version) references training_course_version (course_id, version)
);
create index training_question_version_idx on training_question (course_id, version, position);

create table training_option (
    id          uuid         primary key,
    question_id uuid         not null references training_question (id),
    position    integer      not null,
    text_en     varchar(1000) not null,
    text_th     varchar(1000) not null,
    correct     boolean      not null
);
create index training_option_question_idx on training_option (question_id, position);

-- A person taking one version of a course. Agency, role and province are those at enrolment, kept so that
-- coverage counts stay as they were when the course was completed.
create table training_enrolment (
    id            uuid         primary key,
    course_id     uuid         not null references training_course (id),
    version       integer      not null,
    user_id       uuid         not null,
    agency_id     uuid         not null,
    -- The role (account module), agency type and province the course counts for, as they were at enrolment.
    role_code     varchar(32)  not null,
    agency_type   varchar(40)  not null,
    province_code varchar(8)   not null,
    enrolled_by   uuid,
    enrolled_at   timestamp(6) with time zone not null,
    completed_at  timestamp(6) with time zone,
    withdrawn_at  timestamp(6) with time zone,
    attempts_used integer      not null default 0,
    foreign key (course_id, version) references training_course_version (course_id, version)
);
create unique index training_enrolment_user_course_idx on training_enrolment (user_id, course_id);

create table training_lesson_done (
    enrolment_id uuid    not null references training_enrolment (id),
    lesson_id    uuid    not null references training_lesson (id),
    done_at      timestamp(6) with time zone not null,
    primary key (enrolment_id, lesson_id)
);

-- One go at the final assessment: the questions drawn, in the order shown (ids, comma-separated).
create table training_attempt (
    id            uuid         primary key,
    enrolment_id  uuid         not null references training_enrolment (id),
    question_ids  varchar(4000) not null,
    started_at    timestamp(6) with time zone not null,
    submitted_at  timestamp(6) with time zone,
    score_percent integer,
    passed        boolean,
    -- The questions answered wrongly (ids, comma-separated), to tell the trainee what to revisit.
    wrong_ids     varchar(4000)
);
create index training_attempt_enrolment_idx on training_attempt (enrolment_id, started_at);

-- A certificate: the code printed on it, and what it states (the holder's name as it was on issue).
create table training_certificate (
    code         varchar(24)  primary key,
    enrolment_id uuid         not null unique references training_enrolment (id),
    user_id      uuid         not null,
    holder_name  varchar(200) not null,
    course_id    uuid         not null,
    version      integer      not null,
    issued_at    timestamp(6) with time zone not null
);
