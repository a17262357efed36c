-- A token's sub may be up to 255 characters: the erasure and sharing tables take it like the others (V5).
ALTER TABLE user_event_key ALTER COLUMN user_id TYPE varchar(255);
ALTER TABLE share ALTER COLUMN user_id TYPE varchar(255);
ALTER TABLE share ALTER COLUMN clinician_id TYPE varchar(255);
ALTER TABLE access_log ALTER COLUMN user_id TYPE varchar(255);
ALTER TABLE access_log ALTER COLUMN clinician_id TYPE varchar(255);
ALTER TABLE recommendation ALTER COLUMN user_id TYPE varchar(255);
ALTER TABLE recommendation ALTER COLUMN clinician_id TYPE varchar(255);
