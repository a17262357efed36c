-- A token's sub may be up to 255 characters: the data-rights tables take it like the others (V3).
ALTER TABLE user_key ALTER COLUMN user_id TYPE varchar(255);
ALTER TABLE erasure ALTER COLUMN user_id TYPE varchar(255);
ALTER TABLE erasure ALTER COLUMN requested_by TYPE varchar(255);
