-- A user's open password-reset link, by the hash of its token (the token itself is never stored);
-- one per user, gone once used and with the user.
CREATE TABLE roster_password_reset (
    tenant_id   varchar(64) COLLATE "C" NOT NULL,
    user_id     uuid NOT NULL,
    token_hash  varchar(64) COLLATE "C" NOT NULL,
    expires_at  timestamptz NOT NULL,
    created_at  timestamptz NOT NULL,
    CONSTRAINT roster_password_reset_pk PRIMARY KEY (tenant_id, user_id),
    CONSTRAINT roster_password_reset_token_uq UNIQUE (token_hash),
    CONSTRAINT roster_password_reset_user_fk FOREIGN KEY (tenant_id, user_id) REFERENCES roster_user (tenant_id, user_id) ON DELETE CASCADE
);
