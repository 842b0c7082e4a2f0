-- Whether a staff member is on duty now (their own statement, audited as account.user.onDutyChanged).
-- Staff of intake desks who are on duty are also e-mailed when a child is in danger now (notification);
-- everyone alerted sees the alert in the inbox on /home either way. Envers keeps each change.
alter table account_user add column on_duty boolean not null default false;
alter table account_user_aud add column on_duty boolean;
