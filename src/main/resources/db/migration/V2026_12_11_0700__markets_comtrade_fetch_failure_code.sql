-- Why a Comtrade fetch stopped, kept as a message code and its arguments (code read R11: it was one English text), so the
-- catalogue page and the API word it in the reader's language. Rows stored before keep their text in failure, read as it is.
alter table markets_comtrade_fetch add column failure_code varchar(200);
alter table markets_comtrade_fetch add column failure_args varchar(4000);
