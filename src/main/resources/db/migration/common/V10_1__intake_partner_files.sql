-- Files a partner uploads for a report it sent (POST /api/v1/reports/{id}/files), kept next to the public
-- reporters' screenshots in intake_file and in platform's encrypted file store under the same id.
--   origin          SCREENSHOT (public form) or PARTNER (partner API)
--   kind            what the content is, as its bytes show (intake's FileKind: IMAGE_PNG, IMAGE_JPEG, TEXT,
--                   PDF, ZIP, VIDEO_MP4, VIDEO_WEBM)
--   declared_index  which of the report's declared files (0-based) the upload is; null for screenshots
--   name            the declared file name, encrypted (platform field encryption, base64) like everything
--                   else a reporter wrote; null for screenshots
alter table intake_file add column origin varchar(16) not null default 'SCREENSHOT';
alter table intake_file add column kind varchar(16);
alter table intake_file add column declared_index integer;
alter table intake_file add column name text;
alter table intake_file add constraint intake_file_origin_check check (origin in ('SCREENSHOT', 'PARTNER'));

update intake_file set kind = 'IMAGE_PNG' where content_type = 'image/png';
update intake_file set kind = 'IMAGE_JPEG' where content_type = 'image/jpeg';

-- One stored file per declared file: a second upload of the same declared file finds the first (and two
-- at once cannot both be kept). Screenshots have no declared index, and nulls never collide.
create unique index intake_file_declared_idx on intake_file (report_id, declared_index);
