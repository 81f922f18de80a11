-- A document withdrawn from its file (acceptance review F1: the same invoice uploaded twice, a file uploaded to the wrong
-- client's transaction): kept for the record — file, SHA-256 and captured data stay — with who withdrew it, when and why.
-- A withdrawn document no longer counts in the checks, the declaration, the duplicate search, the client query and the
-- document set's current documents. Null: not withdrawn.
alter table clearance_document add column withdrawn_at timestamp with time zone;
alter table clearance_document add column withdrawn_by varchar(64);
alter table clearance_document add column withdrawal_reason varchar(500);
