-- T4 clearance (t4fixX 2): a client query's mail goes once the query is committed; a mail the server then refuses is
-- recorded on the query (when, and the server's reason), so the file shows the query was not sent rather than losing it.
alter table clearance_query add column mail_failed_at timestamp with time zone;
alter table clearance_query add column mail_failure varchar(500);
