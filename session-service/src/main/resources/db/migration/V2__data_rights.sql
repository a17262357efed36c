-- Crypto-shredding: every event about a person is sealed with that person's own key, kept only
-- here. Deleting the row on erasure makes all their events in the log unreadable.
CREATE TABLE user_key (
    user_id    varchar(200) PRIMARY KEY,
    key_id     uuid         NOT NULL UNIQUE,
    secret     bytea        NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now()
);

ALTER TABLE outbox ADD COLUMN content_type varchar(80) NOT NULL DEFAULT 'application/json';

-- One row per erasure order; it keeps nothing but the opaque user id, who asked and when.
CREATE TABLE erasure (
    id           uuid PRIMARY KEY,
    user_id      varchar(200) NOT NULL,
    requested_by varchar(200) NOT NULL,
    requested_at timestamptz  NOT NULL,
    published_at timestamptz
);
CREATE INDEX erasure_by_user ON erasure (user_id, requested_at DESC);

-- Which service has confirmed that it erased the user (session-service confirms in the erasure's own transaction).
CREATE TABLE erasure_receipt (
    erasure_id uuid         NOT NULL REFERENCES erasure (id) ON DELETE CASCADE,
    service    varchar(100) NOT NULL,
    erased_at  timestamptz  NOT NULL,
    PRIMARY KEY (erasure_id, service)
);
