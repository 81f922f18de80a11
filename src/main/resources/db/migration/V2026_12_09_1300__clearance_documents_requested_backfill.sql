-- Review R8 (issue 8): V2026_12_09_0300 added customs' request for documents (Taiwan N5107 補辦/補件) to the file but left
-- the files that already had such a notice without it, so their 補辦期限 was neither shown nor reminded. Backfilled here
-- from the responses kept: the file's newest channel notice with a deadline (clearance_response kind CHANNEL_ASSIGNED,
-- its CustomsResponse JSON "deadline":"yyyy-mm-dd", kept as the file's deadline rule rolled it), requested on the notice's
-- own day ("issuedAt", else the day it was received), when no duty notice or release came after it, the file has no
-- release date, is not closed and has no request yet. Plain SQL for H2 and PostgreSQL alike (position, substring, cast).
update clearance_transaction
   set documents_requested_on = (
           select case when r.errors_json like '%"issuedAt":"%'
                       then cast(substring(r.errors_json from position('"issuedAt":"' in r.errors_json) + 12 for 10) as date)
                       else cast(r.received_at as date) end
             from clearance_response r
            where r.id = (select max(n.id) from clearance_response n
                           where n.transaction_id = clearance_transaction.id and n.kind = 'CHANNEL_ASSIGNED'
                             and n.errors_json like '%"deadline":"%')),
       documents_due = (
           select cast(substring(r.errors_json from position('"deadline":"' in r.errors_json) + 12 for 10) as date)
             from clearance_response r
            where r.id = (select max(n.id) from clearance_response n
                           where n.transaction_id = clearance_transaction.id and n.kind = 'CHANNEL_ASSIGNED'
                             and n.errors_json like '%"deadline":"%'))
 where documents_requested_on is null
   and release_date is null
   and status <> 'CLOSED'
   and exists (select 1 from clearance_response n
                where n.transaction_id = clearance_transaction.id and n.kind = 'CHANNEL_ASSIGNED'
                  and n.errors_json like '%"deadline":"%'
                  and not exists (select 1 from clearance_response later
                                   where later.transaction_id = n.transaction_id and later.id > n.id
                                     and later.kind in ('DUTY_NOTICE', 'RELEASED')));
