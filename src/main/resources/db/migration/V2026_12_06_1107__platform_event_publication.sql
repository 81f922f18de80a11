-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.1): one
-- row per event and listener, completed when the listener succeeded, so an event whose listener
-- failed is kept and re-published on restart. Created here rather than by Modulith's own schema
-- initialisation so that H2 and PostgreSQL get the same table through the one migration history.
-- "if not exists": databases of release 2026-11 already have it from that initialisation.
-- serialized_event is an unbounded varchar (not text: H2 makes text a CLOB, which Modulith compares);
-- no index on it, since PostgreSQL cannot keep a b-tree over long values.
create table if not exists event_publication (
    id uuid not null primary key,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event varchar not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status varchar(20),
    completion_attempts int,
    last_resubmission_date timestamp with time zone
);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
