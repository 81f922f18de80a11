-- Why a job failed, as a message code the page shows in the reader's language above the detail
-- (the detail names the file's own words, rows and columns, and stays as written).
alter table tariff_import_job add column message_code varchar(100);
