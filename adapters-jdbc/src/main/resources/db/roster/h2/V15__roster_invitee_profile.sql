-- An invitation (from a spreadsheet import, say) can carry the whole profile the member starts with.
ALTER TABLE roster_invitation ADD COLUMN invitee_display_name varchar(100);
ALTER TABLE roster_invitation ADD COLUMN invitee_phone varchar(32);
ALTER TABLE roster_invitation ADD COLUMN invitee_timezone varchar(64);
ALTER TABLE roster_invitation ADD COLUMN invitee_external_id varchar(128);
