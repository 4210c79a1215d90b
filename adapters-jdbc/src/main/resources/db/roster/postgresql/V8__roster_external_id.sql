-- A user can be found by the host's own id for it, which is unique per tenant among users that are
-- not deleted, like email and username.
CREATE UNIQUE INDEX roster_user_external_id_uq ON roster_user (tenant_id, external_id)
    WHERE status <> 'DELETED' AND external_id IS NOT NULL;
