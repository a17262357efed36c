-- Prompts keep what they say as a stable message key and its parameters; the title and message
-- are worded when read, in the reader's language. Title and message stay as the English wording
-- (prompts stored before keys existed have only those).
ALTER TABLE prompt ADD COLUMN message_key varchar(80);
ALTER TABLE prompt ADD COLUMN params jsonb;
