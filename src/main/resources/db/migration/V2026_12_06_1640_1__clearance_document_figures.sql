-- P4.1.2 cross-document checks: the key figures of a packing list, bill of lading, air waybill, certificate of origin
-- or permit, captured by hand (one row per document; deleted with it).
create table clearance_document_figures (
    document_id bigint primary key references clearance_document (id) on delete cascade,
    version bigint not null default 0,
    packages int,
    gross_mass_kg numeric(19, 3),
    net_mass_kg numeric(19, 3),
    quantity numeric(19, 3),
    shipper varchar(300),
    consignee varchar(300),
    issued_on date,
    valid_until date,
    tariff_codes varchar(500),
    recorded_by varchar(64) not null,
    recorded_at timestamp with time zone not null
);
