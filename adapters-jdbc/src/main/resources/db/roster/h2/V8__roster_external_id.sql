-- A user can be found by the host's own id for it, which is unique per tenant among users that are
-- not deleted, like email and username (a generated column stands in for a partial index).
ALTER TABLE roster_user ADD COLUMN live_external_id varchar(128)
    GENERATED ALWAYS AS (CASE WHEN status <> 'DELETED' THEN external_id END);
CREATE UNIQUE INDEX roster_user_external_id_uq ON roster_user (tenant_id, live_external_id);
