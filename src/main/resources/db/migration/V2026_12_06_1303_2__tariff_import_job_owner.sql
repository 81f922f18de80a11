-- Several instances on one database: each import job belongs to the instance that runs it, which keeps
-- heartbeat_at fresh while the job is queued or running. A restart marks only its own unfinished jobs;
-- a job whose heartbeat is stale (its instance died) is marked by any instance.
alter table tariff_import_job add column owner_instance varchar(100);
alter table tariff_import_job add column heartbeat_at timestamp with time zone;
create index tariff_import_job_unfinished on tariff_import_job (status, heartbeat_at);
