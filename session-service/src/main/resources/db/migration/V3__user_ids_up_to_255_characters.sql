-- A token's sub may be up to 255 characters (longer ones are refused with 401 before any query).
ALTER TABLE session ALTER COLUMN user_id TYPE varchar(255);
ALTER TABLE check_in ALTER COLUMN user_id TYPE varchar(255);
ALTER TABLE outbox ALTER COLUMN subject TYPE varchar(255);
ALTER TABLE idempotency_key ALTER COLUMN user_id TYPE varchar(255);
