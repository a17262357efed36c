-- The event keys each user's sealed events named: to forget them from the key cache on erasure,
-- and to seal what this service publishes about the user with the same key.
CREATE TABLE user_event_key (
    user_id varchar(200) NOT NULL,
    key_id  varchar(64)  NOT NULL,
    seen_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, key_id)
);
