-- Sign-in bookkeeping outside the versioned user row (signing in never makes an admin's open edit
-- stale): one row per account that has failed or signed in, gone with the account.
CREATE TABLE roster_sign_in (
    tenant_id           varchar(64) COLLATE "C" NOT NULL,
    user_id             uuid NOT NULL,
    failures            integer NOT NULL,
    last_failure_at     timestamptz,
    locked_until        timestamptz,
    locked_for_good     boolean NOT NULL,
    temporary_lockouts  integer NOT NULL,
    last_sign_in_at     timestamptz,
    CONSTRAINT roster_sign_in_pk PRIMARY KEY (tenant_id, user_id),
    CONSTRAINT roster_sign_in_user_fk FOREIGN KEY (tenant_id, user_id) REFERENCES roster_user (tenant_id, user_id) ON DELETE CASCADE
);
-- Every attempt, newest first per tenant and per account; an attempt against no account has no user_id.
CREATE TABLE roster_sign_in_attempt (
    attempt_id   uuid NOT NULL,
    tenant_id    varchar(64) COLLATE "C" NOT NULL,
    user_id      uuid,
    at           timestamptz NOT NULL,
    ip           varchar(45),
    user_agent   varchar(512),
    reason       varchar(32) NOT NULL,
    succeeded    boolean NOT NULL,
    CONSTRAINT roster_sign_in_attempt_pk PRIMARY KEY (attempt_id)
);
CREATE INDEX roster_sign_in_attempt_tenant_ix ON roster_sign_in_attempt (tenant_id, at, attempt_id);
CREATE INDEX roster_sign_in_attempt_user_ix ON roster_sign_in_attempt (tenant_id, user_id, at, attempt_id);
CREATE INDEX roster_sign_in_attempt_at_ix ON roster_sign_in_attempt (at);
