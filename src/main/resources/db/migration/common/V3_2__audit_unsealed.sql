-- The sealer's work queue: the seq of every entry not yet chained. Written in the same transaction as
-- the entry, emptied by the sealer as it chains. It keeps sealing proportional to the backlog, not to
-- the size of the audit trail (a scan for "chain_position is null" over millions of rows is not).
create table audit_unsealed (
    seq bigint primary key
);
insert into audit_unsealed (seq) select seq from audit_entry where chain_position is null;
