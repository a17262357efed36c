-- Each request is a row of its own, so queuing a user (in the consumer's transaction) never waits
-- on a refresher that is evaluating that user in a longer transaction; a request that arrives
-- meanwhile stays queued and is worked off afterwards. Requests are taken oldest first, by id.
ALTER TABLE prompt_refresh DROP CONSTRAINT prompt_refresh_pkey;
ALTER TABLE prompt_refresh ADD COLUMN id bigserial PRIMARY KEY;
