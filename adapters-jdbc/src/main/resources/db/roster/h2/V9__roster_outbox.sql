-- The mail outbox (see the PostgreSQL migration of the same version); H2 has no partial indexes.
CREATE TABLE roster_outbox (
    message_id     uuid NOT NULL,
    tenant_id      varchar(64) NOT NULL,
    kind           varchar(32) NOT NULL,
    subject_id     uuid NOT NULL,
    priority       smallint NOT NULL,
    sealed_secret  varchar(256),
    state          varchar(16) NOT NULL,
    attempts       integer NOT NULL,
    due_at         timestamp with time zone NOT NULL,
    lease_owner    varchar(100),
    created_at     timestamp with time zone NOT NULL,
    finished_at    timestamp with time zone,
    last_error     varchar(500),
    CONSTRAINT roster_outbox_pk PRIMARY KEY (message_id)
);
CREATE INDEX roster_outbox_due_ix ON roster_outbox (state, priority, due_at, message_id);
CREATE INDEX roster_outbox_subject_ix ON roster_outbox (tenant_id, subject_id, created_at, message_id);
CREATE INDEX roster_outbox_finished_ix ON roster_outbox (state, finished_at);
