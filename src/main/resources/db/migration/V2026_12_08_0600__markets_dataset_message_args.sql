-- t2minor: a failed import keeps its reason as a message code with its arguments (JSON array: numbers and texts from the
-- file, never an exception's English sentence), worded in the reader's language when read; rows stored before keep
-- message (the detail, or the exception's text of markets.import.failed, which is no longer shown) and are read as before
alter table markets_dataset add column message_args varchar(4000);
