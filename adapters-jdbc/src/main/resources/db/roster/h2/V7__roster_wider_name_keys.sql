-- A name key is the name lower-cased, which can double it: 'İ' lower-cases to 'i' and a combining dot.
-- A name at its limit of 100 must always fit, on every store.
ALTER TABLE roster_user ALTER COLUMN name_key SET DATA TYPE varchar(200);
ALTER TABLE roster_group ALTER COLUMN name_key SET DATA TYPE varchar(200);
