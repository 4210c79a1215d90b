-- A user whose type changed hands its address to its replacement and keeps it under a released key
-- (a prefix and the replacement's id before the address's own key), which needs more room.
ALTER TABLE roster_user ALTER COLUMN email_key SET DATA TYPE varchar(318) COLLATE "C";
