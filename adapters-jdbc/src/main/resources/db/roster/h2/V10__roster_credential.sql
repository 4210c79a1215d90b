-- Password hashes, one per user, outside the versioned user row: signing in never bumps the version
-- admin edits check. A user removed for good takes its credential along (core deletes it in the
-- same unit; the foreign key makes sure).
CREATE TABLE roster_credential (
    tenant_id      varchar(64) NOT NULL,
    user_id        uuid NOT NULL,
    password_hash  varchar(512) NOT NULL,
    temporary      boolean NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT roster_credential_pk PRIMARY KEY (tenant_id, user_id),
    CONSTRAINT roster_credential_user_fk FOREIGN KEY (tenant_id, user_id) REFERENCES roster_user (tenant_id, user_id) ON DELETE CASCADE
);
