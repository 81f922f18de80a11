-- T4 clearance (t4fixAC 1): why a client query's mail did not go, as a code the page and the API word in the reader's
-- language (CONNECTION_REFUSED, HOST_UNKNOWN, AUTH_FAILED, RECIPIENT_REJECTED, TIMEOUT, OTHER); mail_failure keeps the
-- server's own text for the log and the administrators. A refusal recorded before has no code: OTHER.
alter table clearance_query add column mail_failure_code varchar(40);
update clearance_query set mail_failure_code = 'OTHER' where mail_failed_at is not null;
