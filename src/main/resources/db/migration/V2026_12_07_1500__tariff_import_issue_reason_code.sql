-- t1msg: a rejected row's reason as a message (code and literal arguments) for the reader's language;
-- rows stored before keep only their English reason, printed as stored
alter table tariff_import_issue add column reason_code varchar(200);
alter table tariff_import_issue add column reason_args varchar(2000);
