-- V7 widened the name keys without restating their collation, and PostgreSQL then gives a column
-- the database's default: on a database that is not C (en_US.UTF-8, say) the NAME order stopped
-- being the code-unit order the other keys and the people view's merge use. Their indexes are rebuilt.
ALTER TABLE roster_user ALTER COLUMN name_key SET DATA TYPE varchar(200) COLLATE "C";
ALTER TABLE roster_group ALTER COLUMN name_key SET DATA TYPE varchar(200) COLLATE "C";
