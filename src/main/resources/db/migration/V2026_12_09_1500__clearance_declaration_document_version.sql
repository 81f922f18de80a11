-- The version of each document a declaration was built from (T4 code read R2): an invoice corrected after the draft keeps
-- its id and gets a new version, so comparing ids alone missed it. Null for rows recorded before this migration (their
-- declarations fall back to the id comparison). A row's source flag says whether the declaration has items from it (the
-- invoices) or only uses its data (a certificate of origin, a transport document).
alter table clearance_declaration_document add column document_version bigint;
alter table clearance_declaration_document add column item_source boolean not null default false;
