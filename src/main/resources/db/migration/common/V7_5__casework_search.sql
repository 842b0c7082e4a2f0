-- Case search keeps its index in Lucene (Hibernate Search), not in tables. This migration only repairs
-- V7_0 so that the schema validates: Envers audits the incident's set of embedded offences with an
-- ordinal column (SETORDINAL), which casework_incident_offence_aud lacked. "if not exists" keeps it
-- harmless should V7_0 gain the column itself.
alter table casework_incident_offence_aud add column if not exists setordinal integer;
