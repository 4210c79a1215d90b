-- Every invitation of one address, any status: what erasing a person and exporting their data read.
CREATE INDEX roster_invitation_email_ix ON roster_invitation (tenant_id, email_key);
