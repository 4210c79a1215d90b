-- The mail outbox: a message is queued in the transaction of the change that causes it, claimed by
-- dispatchers with FOR UPDATE SKIP LOCKED under a lease (due_at), and never holds a raw token: the
-- link's token is sealed with the host's key and wiped when the message is finished.
CREATE TABLE roster_outbox (
    message_id     uuid NOT NULL,
    tenant_id      varchar(64) COLLATE "C" NOT NULL,
    kind           varchar(32) NOT NULL,
    subject_id     uuid NOT NULL,
    priority       smallint NOT NULL,
    sealed_secret  varchar(256),
    state          varchar(16) NOT NULL,
    attempts       integer NOT NULL,
    due_at         timestamptz NOT NULL,
    lease_owner    varchar(100),
    created_at     timestamptz NOT NULL,
    finished_at    timestamptz,
    last_error     varchar(500),
    CONSTRAINT roster_outbox_pk PRIMARY KEY (message_id)
);
-- Claims walk the queued messages in claim order; the finished ones are not in this index at all.
CREATE INDEX roster_outbox_due_ix ON roster_outbox (priority, due_at, message_id) WHERE state = 'QUEUED';
-- An invitation's delivery state and the cancellation of its old messages.
CREATE INDEX roster_outbox_subject_ix ON roster_outbox (tenant_id, subject_id, created_at, message_id);
-- Pruning finished messages past their retention.
CREATE INDEX roster_outbox_finished_ix ON roster_outbox (finished_at) WHERE state <> 'QUEUED';
