-- Whom a preferential rate is published for (issue 6): null = every party of the scheme; "GB" or "GB,JP" = the
-- countries the schedule names beside the rate (Schedule 8B "(Rate No. 002) United Kingdom"); "?" = a second or
-- later numbered rate whose parties the data does not name. Imports fill it; rows imported before are filled
-- from what they already hold: a Taiwan column II rate is its partner's, an Australian entry naming the United
-- Kingdom is GB's, a numbered rate after the first without a name is not stated.
alter table tariff_measure add column parties varchar(200);
update tariff_measure set parties = partner where measure_source = 'column II' and partner is not null;
update tariff_measure set parties = 'GB' where measure_source like 'Schedule %' and partner like '%United Kingdom%';
update tariff_measure set parties = '?' where measure_source like 'Schedule %' and parties is null
    and partner like '(Rate No. %' and partner not like '(Rate No. 001)%' and partner not like '%United Kingdom%';
