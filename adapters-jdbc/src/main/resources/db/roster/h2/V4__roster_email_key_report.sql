-- What the email key migration (version 5, a Java migration: the key is computed in Java) could not
-- do: records whose address is no longer valid, or whose new key another record already holds.
-- They keep their old key until an admin resolves them; nothing is merged.
CREATE TABLE roster_email_key_report (
    tenant_id    varchar(64) NOT NULL,
    record_type  varchar(16) NOT NULL,
    record_id    uuid NOT NULL,
    email        varchar(254) NOT NULL,
    stored_key   varchar(254) NOT NULL,
    new_key      varchar(254),
    conflict_id  uuid,
    problem      varchar(1024) NOT NULL,
    CONSTRAINT roster_email_key_report_pk PRIMARY KEY (tenant_id, record_type, record_id)
);
