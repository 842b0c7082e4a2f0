-- Intake desks: the agencies whose staff work the triage queue and are alerted when a child is in
-- danger now (by default the NGO hotline and the national police cyber unit).
alter table directory_agency add column intake_desk boolean not null default false;
alter table directory_agency_aud add column intake_desk boolean;
