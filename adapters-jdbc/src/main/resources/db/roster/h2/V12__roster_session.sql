-- Signed-in sessions, found by the hash of their token (the token itself is never stored), gone
-- with their user.
CREATE TABLE roster_session (
    session_id      uuid NOT NULL,
    tenant_id       varchar(64) NOT NULL,
    user_id         uuid NOT NULL,
    token_hash      varchar(64) NOT NULL,
    browser         varchar(100),
    os              varchar(100),
    ip              varchar(45),
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_active_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT roster_session_pk PRIMARY KEY (session_id),
    CONSTRAINT roster_session_token_uq UNIQUE (token_hash),
    CONSTRAINT roster_session_user_fk FOREIGN KEY (tenant_id, user_id) REFERENCES roster_user (tenant_id, user_id) ON DELETE CASCADE
);
CREATE INDEX roster_session_user_ix ON roster_session (tenant_id, user_id, started_at, session_id);
CREATE INDEX roster_session_tenant_ix ON roster_session (tenant_id, started_at, session_id);
CREATE INDEX roster_session_active_ix ON roster_session (last_active_at);
CREATE INDEX roster_session_started_ix ON roster_session (started_at);
-- Advanced whenever what all of a tenant's users may do changes (its defaults, a group): read with
-- a session, it tells an instance whether the permissions it cached still hold.
CREATE TABLE roster_access_stamp (
    tenant_id  varchar(64) NOT NULL,
    stamp      bigint NOT NULL,
    CONSTRAINT roster_access_stamp_pk PRIMARY KEY (tenant_id)
);
