-- A token's sub may be up to 255 characters (longer ones are refused with 401 before any query).
ALTER TABLE session_fact ALTER COLUMN user_id TYPE varchar(255);
ALTER TABLE check_in_reading ALTER COLUMN user_id TYPE varchar(255);
ALTER TABLE goal ALTER COLUMN user_id TYPE varchar(255);
ALTER TABLE pause ALTER COLUMN user_id TYPE varchar(255);
ALTER TABLE prompt ALTER COLUMN user_id TYPE varchar(255);
ALTER TABLE prompt_refresh ALTER COLUMN user_id TYPE varchar(255);
ALTER TABLE prompt_schedule ALTER COLUMN user_id TYPE varchar(255);
ALTER TABLE week_rollup ALTER COLUMN user_id TYPE varchar(255);
