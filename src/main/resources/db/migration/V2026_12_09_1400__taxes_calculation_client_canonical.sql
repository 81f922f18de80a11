-- Who sees a saved calculation is decided in one query (the coordinator's list) and row by row (find): both read
-- tax_calculation.client_id, so it must hold one form only. Release 2026-11 also kept other systems' ids ("client-42")
-- and numbers with leading zeros ("0042"): a number becomes the desk's client it names ("42"), anything else no client
-- of the desk (null: its author and the managers see it). What was saved is kept in client_id_as_saved.
alter table tax_calculation add column client_id_as_saved varchar(64);

update tax_calculation set client_id_as_saved = client_id
 where client_id is not null
   and not (length(client_id) between 1 and 18 and replace(translate(client_id, '123456789', '000000000'), '0', '') = '' and client_id not like '0%');

update tax_calculation set client_id = case
        when length(client_id) between 1 and 18 and replace(translate(client_id, '123456789', '000000000'), '0', '') = ''
             and trim(leading '0' from client_id) <> '' then trim(leading '0' from client_id)
        end
 where client_id_as_saved is not null;

-- from now on only the canonical number (ClientId#toString) or null; "only digits" is written so that H2 and PostgreSQL
-- agree (H2's translate keeps a character it has no replacement for)
alter table tax_calculation add constraint tax_calculation_client_canonical check (client_id is null
    or (length(client_id) between 1 and 18 and replace(translate(client_id, '123456789', '000000000'), '0', '') = '' and client_id not like '0%'));

-- the coordinator's list: the rows they wrote without a client, newest first
create index tax_calculation_author on tax_calculation (created_by, created_at);
