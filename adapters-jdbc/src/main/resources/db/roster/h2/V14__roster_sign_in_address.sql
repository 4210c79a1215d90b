-- The failures from one client address in a window, for the per-address budget against password spraying.
CREATE INDEX roster_sign_in_attempt_ip_ix ON roster_sign_in_attempt (ip, at);
