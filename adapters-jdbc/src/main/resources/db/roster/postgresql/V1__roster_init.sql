-- Roster schema for PostgreSQL 13+. tenant_id leads every key and index, so the tables can later be
-- distributed by tenant. Sort and lookup keys are computed in Java and compared bytewise (COLLATE "C").
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE roster_tenant (
    tenant_id   varchar(64) COLLATE "C" NOT NULL,
    name        varchar(200) NOT NULL,
    defaults    text NOT NULL,
    seat_limit  integer,
    created_at  timestamptz NOT NULL,
    version     bigint NOT NULL,
    CONSTRAINT roster_tenant_pk PRIMARY KEY (tenant_id)
);

CREATE TABLE roster_user (
    tenant_id       varchar(64) COLLATE "C" NOT NULL,
    user_id         uuid NOT NULL,
    email           varchar(254) NOT NULL,
    email_key       varchar(254) COLLATE "C" NOT NULL,
    first_name      varchar(100),
    last_name       varchar(100),
    display_name    varchar(100) NOT NULL,
    name_key        varchar(100) COLLATE "C" NOT NULL,
    username        varchar(64),
    username_key    varchar(64) COLLATE "C",
    search_text     text COLLATE "C" NOT NULL,
    phone           varchar(32),
    timezone        varchar(64),
    external_id     varchar(128),
    date_of_birth   date,
    user_type       varchar(64) NOT NULL,
    roles           text NOT NULL,
    overrides       text NOT NULL,
    group_ids       text NOT NULL,
    status          varchar(16) NOT NULL,
    is_admin        boolean NOT NULL,
    referrer_url    varchar(2000),
    referrer_origin varchar(2000),
    promo_code      varchar(64),
    referral_code   varchar(64),
    attributes      text NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    last_login_at   timestamptz,
    last_login_key  timestamptz NOT NULL,
    deleted_at      timestamptz,
    deleted_by      uuid,
    prior_status    varchar(16),
    prior_roles     text,
    purge_after     timestamptz,
    version         bigint NOT NULL,
    CONSTRAINT roster_user_pk PRIMARY KEY (tenant_id, user_id)
);
CREATE UNIQUE INDEX roster_user_email_uq ON roster_user (tenant_id, email_key) WHERE status <> 'DELETED';
CREATE UNIQUE INDEX roster_user_username_uq ON roster_user (tenant_id, username_key)
    WHERE status <> 'DELETED' AND username_key IS NOT NULL;
CREATE INDEX roster_user_created_ix ON roster_user (tenant_id, created_at, user_id);
CREATE INDEX roster_user_name_ix ON roster_user (tenant_id, name_key, user_id);
CREATE INDEX roster_user_email_ix ON roster_user (tenant_id, email_key, user_id);
CREATE INDEX roster_user_username_ix ON roster_user (tenant_id, username_key, user_id);
CREATE INDEX roster_user_login_ix ON roster_user (tenant_id, last_login_key, user_id);
CREATE INDEX roster_user_admin_ix ON roster_user (tenant_id) WHERE status = 'ACTIVE' AND is_admin;
CREATE INDEX roster_user_purge_ix ON roster_user (tenant_id, purge_after) WHERE status = 'DELETED';
-- The one index that does not lead with tenant_id: in a GIN index every column is a separate key, and
-- a tenant_id key would hand every search a posting list of the whole tenant. Selective trigrams
-- find few rows, and the tenant is checked on those; a distributed table indexes each shard anyway.
CREATE INDEX roster_user_search_ix ON roster_user USING gin (search_text gin_trgm_ops);

-- Kept in the same transaction as every user change, so counts never scan the users.
CREATE TABLE roster_user_count (
    tenant_id  varchar(64) COLLATE "C" NOT NULL,
    status     varchar(16) NOT NULL,
    user_type  varchar(64) NOT NULL,
    n          bigint NOT NULL,
    CONSTRAINT roster_user_count_pk PRIMARY KEY (tenant_id, status, user_type)
);

CREATE TABLE roster_invitation (
    tenant_id             varchar(64) COLLATE "C" NOT NULL,
    invitation_id         uuid NOT NULL,
    email                 varchar(254) NOT NULL,
    email_key             varchar(254) COLLATE "C" NOT NULL,
    token_hash            varchar(64) COLLATE "C" NOT NULL,
    roles                 text NOT NULL,
    user_type             varchar(64) NOT NULL,
    permission_flags      text NOT NULL,
    invitee_first_name    varchar(100),
    invitee_last_name     varchar(100),
    invitee_username      varchar(64),
    invitee_date_of_birth date,
    message               varchar(2000),
    invited_by            uuid,
    status                varchar(16) NOT NULL,
    created_at            timestamptz NOT NULL,
    expires_at            timestamptz,
    last_sent_at          timestamptz NOT NULL,
    resend_count          integer NOT NULL,
    resolved_at           timestamptz,
    accepted_user_id      uuid,
    version               bigint NOT NULL,
    CONSTRAINT roster_invitation_pk PRIMARY KEY (tenant_id, invitation_id)
);
CREATE UNIQUE INDEX roster_invitation_pending_uq ON roster_invitation (tenant_id, email_key) WHERE status = 'PENDING';
CREATE UNIQUE INDEX roster_invitation_token_uq ON roster_invitation (tenant_id, token_hash);
CREATE INDEX roster_invitation_created_ix ON roster_invitation (tenant_id, created_at, invitation_id);
CREATE INDEX roster_invitation_expiry_ix ON roster_invitation (tenant_id, expires_at) WHERE status = 'PENDING';

CREATE TABLE roster_invitation_count (
    tenant_id  varchar(64) COLLATE "C" NOT NULL,
    status     varchar(16) NOT NULL,
    n          bigint NOT NULL,
    CONSTRAINT roster_invitation_count_pk PRIMARY KEY (tenant_id, status)
);

CREATE TABLE roster_group (
    tenant_id    varchar(64) COLLATE "C" NOT NULL,
    group_id     uuid NOT NULL,
    name         varchar(100) NOT NULL,
    name_key     varchar(100) COLLATE "C" NOT NULL,
    permissions  text NOT NULL,
    created_at   timestamptz NOT NULL,
    version      bigint NOT NULL,
    CONSTRAINT roster_group_pk PRIMARY KEY (tenant_id, group_id),
    CONSTRAINT roster_group_name_uq UNIQUE (tenant_id, name_key)
);

CREATE TABLE roster_audit (
    tenant_id    varchar(64) COLLATE "C" NOT NULL,
    audit_id     uuid NOT NULL,
    actor        uuid,
    action       varchar(64) NOT NULL,
    target_type  varchar(32) NOT NULL,
    target_id    varchar(64) COLLATE "C" NOT NULL,
    at           timestamptz NOT NULL,
    details      text NOT NULL,
    CONSTRAINT roster_audit_pk PRIMARY KEY (tenant_id, audit_id)
);
CREATE INDEX roster_audit_at_ix ON roster_audit (tenant_id, at, audit_id);
CREATE INDEX roster_audit_target_ix ON roster_audit (tenant_id, target_type, target_id, at, audit_id);
