-- How many of a report's file hashes (declared by a partner, or of files received) match known content
-- (hash lists or evidence of cases); the triage queue flags such reports.
alter table intake_report add column known_matches integer not null default 0;
