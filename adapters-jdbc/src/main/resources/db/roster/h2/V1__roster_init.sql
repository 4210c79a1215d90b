-- Roster schema for H2 2.x: the PostgreSQL schema without extensions. H2 has no partial indexes, so
-- the "unique among live users" and "one pending invitation" rules use generated columns that are
-- NULL when the rule does not apply (NULLs never collide in a unique index).

CREATE TABLE roster_tenant (
    tenant_id   varchar(64) NOT NULL,
    name        varchar(200) NOT NULL,
    defaults    varchar(65535) NOT NULL,
    seat_limit  integer,
    created_at  timestamp with time zone NOT NULL,
    version     bigint NOT NULL,
    CONSTRAINT roster_tenant_pk PRIMARY KEY (tenant_id)
);

CREATE TABLE roster_user (
    tenant_id       varchar(64) NOT NULL,
    user_id         uuid NOT NULL,
    email           varchar(254) NOT NULL,
    email_key       varchar(254) NOT NULL,
    first_name      varchar(100),
    last_name       varchar(100),
    display_name    varchar(100) NOT NULL,
    name_key        varchar(100) NOT NULL,
    username        varchar(64),
    username_key    varchar(64),
    search_text     varchar(1000) NOT NULL,
    phone           varchar(32),
    timezone        varchar(64),
    external_id     varchar(128),
    date_of_birth   date,
    user_type       varchar(64) NOT NULL,
    roles           varchar(65535) NOT NULL,
    overrides       varchar(65535) NOT NULL,
    group_ids       varchar(65535) NOT NULL,
    status          varchar(16) NOT NULL,
    is_admin        boolean NOT NULL,
    referrer_url    varchar(2000),
    referrer_origin varchar(2000),
    promo_code      varchar(64),
    referral_code   varchar(64),
    attributes      varchar(65535) NOT NULL,
    created_at      timestamp with time zone NOT NULL,
    updated_at      timestamp with time zone NOT NULL,
    last_login_at   timestamp with time zone,
    last_login_key  timestamp with time zone NOT NULL,
    deleted_at      timestamp with time zone,
    deleted_by      uuid,
    prior_status    varchar(16),
    prior_roles     varchar(65535),
    purge_after     timestamp with time zone,
    version         bigint NOT NULL,
    CONSTRAINT roster_user_pk PRIMARY KEY (tenant_id, user_id)
);
ALTER TABLE roster_user ADD COLUMN live_email_key varchar(254)
    GENERATED ALWAYS AS (CASE WHEN status <> 'DELETED' THEN email_key END);
ALTER TABLE roster_user ADD COLUMN live_username_key varchar(64)
    GENERATED ALWAYS AS (CASE WHEN status <> 'DELETED' THEN username_key END);
CREATE UNIQUE INDEX roster_user_email_uq ON roster_user (tenant_id, live_email_key);
CREATE UNIQUE INDEX roster_user_username_uq ON roster_user (tenant_id, live_username_key);
CREATE INDEX roster_user_created_ix ON roster_user (tenant_id, created_at, user_id);
CREATE INDEX roster_user_name_ix ON roster_user (tenant_id, name_key, user_id);
CREATE INDEX roster_user_email_ix ON roster_user (tenant_id, email_key, user_id);
CREATE INDEX roster_user_username_ix ON roster_user (tenant_id, username_key, user_id);
CREATE INDEX roster_user_login_ix ON roster_user (tenant_id, last_login_key, user_id);
CREATE INDEX roster_user_admin_ix ON roster_user (tenant_id, status, is_admin);
CREATE INDEX roster_user_purge_ix ON roster_user (tenant_id, purge_after);

-- Kept in the same transaction as every user change, so counts never scan the users.
CREATE TABLE roster_user_count (
    tenant_id  varchar(64) NOT NULL,
    status     varchar(16) NOT NULL,
    user_type  varchar(64) NOT NULL,
    n          bigint NOT NULL,
    CONSTRAINT roster_user_count_pk PRIMARY KEY (tenant_id, status, user_type)
);

CREATE TABLE roster_invitation (
    tenant_id             varchar(64) NOT NULL,
    invitation_id         uuid NOT NULL,
    email                 varchar(254) NOT NULL,
    email_key             varchar(254) NOT NULL,
    token_hash            varchar(64) NOT NULL,
    roles                 varchar(65535) NOT NULL,
    user_type             varchar(64) NOT NULL,
    permission_flags      varchar(65535) NOT NULL,
    invitee_first_name    varchar(100),
    invitee_last_name     varchar(100),
    invitee_username      varchar(64),
    invitee_date_of_birth date,
    message               varchar(2000),
    invited_by            uuid,
    status                varchar(16) NOT NULL,
    created_at            timestamp with time zone NOT NULL,
    expires_at            timestamp with time zone,
    last_sent_at          timestamp with time zone NOT NULL,
    resend_count          integer NOT NULL,
    resolved_at           timestamp with time zone,
    accepted_user_id      uuid,
    version               bigint NOT NULL,
    CONSTRAINT roster_invitation_pk PRIMARY KEY (tenant_id, invitation_id)
);
ALTER TABLE roster_invitation ADD COLUMN pending_email_key varchar(254)
    GENERATED ALWAYS AS (CASE WHEN status = 'PENDING' THEN email_key END);
CREATE UNIQUE INDEX roster_invitation_pending_uq ON roster_invitation (tenant_id, pending_email_key);
CREATE UNIQUE INDEX roster_invitation_token_uq ON roster_invitation (tenant_id, token_hash);
CREATE INDEX roster_invitation_created_ix ON roster_invitation (tenant_id, created_at, invitation_id);
CREATE INDEX roster_invitation_expiry_ix ON roster_invitation (tenant_id, status, expires_at);

CREATE TABLE roster_invitation_count (
    tenant_id  varchar(64) NOT NULL,
    status     varchar(16) NOT NULL,
    n          bigint NOT NULL,
    CONSTRAINT roster_invitation_count_pk PRIMARY KEY (tenant_id, status)
);

CREATE TABLE roster_group (
    tenant_id    varchar(64) NOT NULL,
    group_id     uuid NOT NULL,
    name         varchar(100) NOT NULL,
    name_key     varchar(100) NOT NULL,
    permissions  varchar(65535) NOT NULL,
    created_at   timestamp with time zone NOT NULL,
    version      bigint NOT NULL,
    CONSTRAINT roster_group_pk PRIMARY KEY (tenant_id, group_id),
    CONSTRAINT roster_group_name_uq UNIQUE (tenant_id, name_key)
);

CREATE TABLE roster_audit (
    tenant_id    varchar(64) NOT NULL,
    audit_id     uuid NOT NULL,
    actor        uuid,
    action       varchar(64) NOT NULL,
    target_type  varchar(32) NOT NULL,
    target_id    varchar(64) NOT NULL,
    at           timestamp with time zone NOT NULL,
    details      varchar(65535) NOT NULL,
    CONSTRAINT roster_audit_pk PRIMARY KEY (tenant_id, audit_id)
);
CREATE INDEX roster_audit_at_ix ON roster_audit (tenant_id, at, audit_id);
CREATE INDEX roster_audit_target_ix ON roster_audit (tenant_id, target_type, target_id, at, audit_id);
