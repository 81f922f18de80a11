-- Failed logins per key ('u:<user>|<address>' and 'a:<address>'), shared by every instance on this
-- database, so a lock holds whichever instance the next attempt reaches.
create table login_throttle (
    throttle_key varchar(200) primary key,
    failures integer not null,
    last_failure_at timestamp with time zone not null,
    blocked_until timestamp with time zone
);

-- API tokens: what they may do ('all', 'read', or one module: 'taxes', 'tariff', 'clients') and until when.
alter table api_token add column scope varchar(16) default 'all' not null;
alter table api_token add column expires_at timestamp with time zone;
-- Tokens issued before expiry existed get the default lifetime from today, so no integration stops at once.
update api_token set expires_at = current_timestamp + interval '90' day;
alter table api_token alter column expires_at set not null;
