-- When each user's prompts are next evaluated on time alone (their next local midnight); the sweep
-- takes the users due, so its work follows how many crossed a day boundary, not how many exist.
CREATE TABLE prompt_schedule (
    user_id varchar(200) PRIMARY KEY,
    due_at  timestamptz  NOT NULL
);
CREATE INDEX prompt_schedule_due ON prompt_schedule (due_at);
