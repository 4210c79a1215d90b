-- A user can sign up with another member's referral code: who referred it is kept, a sign-up looks
-- the code up, and "users referred by" is listed and counted per referrer.
ALTER TABLE roster_user ADD COLUMN referred_by uuid;
CREATE INDEX roster_user_referred_by_ix ON roster_user (tenant_id, referred_by, created_at, user_id);
CREATE INDEX roster_user_referral_code_ix ON roster_user (tenant_id, referral_code);
