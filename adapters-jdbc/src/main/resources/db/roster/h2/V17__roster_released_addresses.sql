-- A user whose type changed hands its address to its replacement and keeps it under a released key
-- (a prefix and the replacement's id before the address's own key), which needs more room.
DROP INDEX roster_user_email_uq;
ALTER TABLE roster_user DROP COLUMN live_email_key;
ALTER TABLE roster_user ALTER COLUMN email_key SET DATA TYPE varchar(318);
ALTER TABLE roster_user ADD COLUMN live_email_key varchar(318)
    GENERATED ALWAYS AS (CASE WHEN status <> 'DELETED' THEN email_key END);
CREATE UNIQUE INDEX roster_user_email_uq ON roster_user (tenant_id, live_email_key);
