-- How a declaration's exchange rate was come by when it was not the rate table's (t4fixL): typed by the user (true) — with
-- the table holding no customs rate for the currency on the day, or another rate than the table's — and the reason given.
-- A rate typed where the table had none left no trace on the declaration. False / null for a declaration built before or
-- converted at the table's rate (or at 1, the jurisdiction's own currency).
alter table clearance_declaration add column exchange_rate_typed boolean not null default false;
alter table clearance_declaration add column exchange_rate_reason text;
