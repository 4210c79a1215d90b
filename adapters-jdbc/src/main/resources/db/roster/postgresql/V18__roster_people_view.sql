-- The people view lists open invitations beside members, sorted and searched as members are, so an
-- invitation keeps the same derived keys. Only Java computes a name key; an invitation that names no
-- invitee sorts and is found by its address alone (so the key holds an address: up to 254), which SQL
-- can copy here. Migration 19 (Java) fills
-- the rest and makes both columns required.
ALTER TABLE roster_invitation ADD COLUMN name_key varchar(254) COLLATE "C";
ALTER TABLE roster_invitation ADD COLUMN search_text text COLLATE "C";
UPDATE roster_invitation SET name_key = email_key, search_text = email_key
    WHERE invitee_display_name IS NULL AND invitee_first_name IS NULL AND invitee_last_name IS NULL;
-- Each branch of the people view walks one of these in order, open invitations only.
CREATE INDEX roster_invitation_open_created_ix ON roster_invitation (tenant_id, created_at, invitation_id) WHERE status = 'PENDING';
CREATE INDEX roster_invitation_open_name_ix ON roster_invitation (tenant_id, name_key, invitation_id) WHERE status = 'PENDING';
CREATE INDEX roster_invitation_open_email_ix ON roster_invitation (tenant_id, email_key, invitation_id) WHERE status = 'PENDING';
CREATE INDEX roster_invitation_open_id_ix ON roster_invitation (tenant_id, invitation_id) WHERE status = 'PENDING';
CREATE INDEX roster_invitation_search_ix ON roster_invitation USING gin (search_text gin_trgm_ops);
