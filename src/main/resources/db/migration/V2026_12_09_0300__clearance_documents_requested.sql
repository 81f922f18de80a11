-- Customs' request for documents on a file (Taiwan N5107 補辦/補件 notice): the day it came (documents_requested_on), the
-- 補辦期限 as customs wrote it (documents_due; the file's deadline moves it off a Saturday, Sunday or holiday) and the day
-- the request was met (documents_supplied_on: a document uploaded after the notice, a duty notice or the release).
-- Null: customs asked for nothing. A later notice replaces the request.
alter table clearance_transaction add column documents_requested_on date;
alter table clearance_transaction add column documents_due date;
alter table clearance_transaction add column documents_supplied_on date;
