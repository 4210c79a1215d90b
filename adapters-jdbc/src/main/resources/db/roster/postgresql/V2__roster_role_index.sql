-- Role filters: without an index, a list of a rare role (say admins) walks the whole tenant in
-- sort order. The stored roles are ",a,b,"; the array form is what the index and the query share.
CREATE INDEX roster_user_roles_ix ON roster_user USING gin ((string_to_array(roles, ',')));
