-- An account whose password someone else chose (the first administrator from the bootstrap variables)
-- must set its own before it can do anything else.
alter table user_account add column must_change_password boolean default false not null;
