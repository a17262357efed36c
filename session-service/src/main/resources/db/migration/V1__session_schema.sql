CREATE TABLE session (
    id               uuid PRIMARY KEY,
    user_id          varchar(200) NOT NULL,
    revision         int          NOT NULL,
    routine_slug     varchar(60),
    kind             varchar(20)  NOT NULL,
    exercises        jsonb        NOT NULL,
    completed_at     timestamptz  NOT NULL,
    time_zone        varchar(64)  NOT NULL,
    local_date       date         NOT NULL,
    duration_minutes int          NOT NULL CHECK (duration_minutes BETWEEN 1 AND 240),
    pain_before      int CHECK (pain_before BETWEEN 0 AND 10),
    pain_after       int CHECK (pain_after BETWEEN 0 AND 10),
    effort           int CHECK (effort BETWEEN 0 AND 10),
    notes            varchar(2000),
    recorded_at      timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL
);
-- Keyset pagination of a user's sessions, newest first.
CREATE INDEX session_by_user_newest ON session (user_id, completed_at DESC, id DESC);

CREATE TABLE check_in (
    id          uuid PRIMARY KEY,
    user_id     varchar(200) NOT NULL,
    at          timestamptz  NOT NULL,
    time_zone   varchar(64)  NOT NULL,
    local_date  date         NOT NULL,
    pain_level  int          NOT NULL CHECK (pain_level BETWEEN 0 AND 10),
    areas       jsonb        NOT NULL,
    red_flags   jsonb        NOT NULL,
    recorded_at timestamptz  NOT NULL
);
CREATE INDEX check_in_by_user_newest ON check_in (user_id, at DESC, id DESC);

-- Transactional outbox: written in the same transaction as the fact it announces, deleted by
-- the relay only after Kafka acknowledged the record.
CREATE TABLE outbox (
    id          bigserial PRIMARY KEY,
    event_id    uuid         NOT NULL UNIQUE,
    type        varchar(60)  NOT NULL,
    subject     varchar(200) NOT NULL,
    occurred_at timestamptz  NOT NULL,
    payload     text         NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now()
);

-- Idempotency-Key records, per user. status NULL means the first request is still in flight.
CREATE TABLE idempotency_key (
    user_id       varchar(200) NOT NULL,
    key           varchar(255) NOT NULL,
    operation     varchar(60)  NOT NULL,
    request_hash  varchar(64)  NOT NULL,
    status        int,
    response_body text,
    location      varchar(300),
    created_at    timestamptz  NOT NULL,
    PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_key_by_age ON idempotency_key (created_at);
