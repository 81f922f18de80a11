-- Which documents a declaration was built from (review R3): "a declaration rests on a document" is decided by the
-- document's id and its withdrawn flag, not by comparing instants written by different instances' clocks. One row per
-- document on the file when the draft was built. documents_recorded is false for declarations built before this
-- migration: for those the old rule (uploaded before the draft was built, withdrawn after it) still applies.
create table clearance_declaration_document (
    declaration_id bigint not null references clearance_declaration (id) on delete cascade,
    document_id bigint not null references clearance_document (id) on delete cascade,
    primary key (declaration_id, document_id)
);
create index clearance_declaration_document_document on clearance_declaration_document (document_id);
alter table clearance_declaration add column documents_recorded boolean not null default false;
