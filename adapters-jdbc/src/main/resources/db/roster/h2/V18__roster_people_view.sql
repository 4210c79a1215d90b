-- The people view lists open invitations beside members, sorted and searched as members are, so an
-- invitation keeps the same derived keys. Only Java computes a name key; an invitation that names no
-- invitee sorts and is found by its address alone (so the key holds an address: up to 254), which SQL
-- can copy here. Migration 19 (Java) fills
-- the rest and makes both columns required.
ALTER TABLE roster_invitation ADD COLUMN name_key varchar(254);
ALTER TABLE roster_invitation ADD COLUMN search_text varchar(1000);
UPDATE roster_invitation SET name_key = email_key, search_text = email_key
    WHERE invitee_display_name IS NULL AND invitee_first_name IS NULL AND invitee_last_name IS NULL;
CREATE INDEX roster_invitation_open_name_ix ON roster_invitation (tenant_id, status, name_key, invitation_id);
CREATE INDEX roster_invitation_open_email_ix ON roster_invitation (tenant_id, status, email_key, invitation_id);
