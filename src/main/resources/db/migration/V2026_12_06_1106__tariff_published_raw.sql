-- The published text of a measure is stored as printed (HTML references decoded: "From 30 December 2018: $12,000 each");
-- the file's own characters are kept here when they differ, so an import can still be checked against its file.
alter table tariff_measure add column published_raw varchar(2000);
