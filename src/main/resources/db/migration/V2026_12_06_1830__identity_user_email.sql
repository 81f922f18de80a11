-- A user's e-mail address, for the reminders the desk sends them (clearance deadlines, queries awaiting an answer).
-- Optional: a user without one gets no reminder (the reminder is recorded as not sent). preferred_language
-- (zh-TW / en, since V1_1) is the language of those mails.
alter table user_account add column email varchar(320);
