-- Review R12: the unique index on (transaction_id, finding_key varchar(1000)) could exceed PostgreSQL's b-tree entry limit
-- (about 2700 bytes: 1000 Chinese characters are 3000 bytes in UTF-8), so an issue from a finding with a long key failed
-- with a database error. The key's SHA-256 (hex, computed by the application) is indexed instead. Issues opened before
-- keep a null hash: their keys fitted the old index, and the application finds them by the key itself.
alter table clearance_issue add column finding_key_sha256 varchar(64);
drop index clearance_issue_finding;
create unique index clearance_issue_finding_sha256 on clearance_issue (transaction_id, finding_key_sha256);

-- Review R8: the day a finding was first seen resolved, recorded once (a later edit of the file does not move it); cleared
-- if the finding comes back. Null while it stands, and for issues whose finding's resolution has not been read yet.
alter table clearance_issue add column finding_resolved_on date;
