-- Where a person wants to be reached. A channel that failed for 24 h is disabled with the reason.
CREATE TABLE channel (
    id                uuid PRIMARY KEY,
    user_id           text        NOT NULL,
    kind              text        NOT NULL CHECK (kind IN ('EMAIL', 'WEBHOOK', 'PUSH')),
    target            text        NOT NULL,  -- e-mail address, webhook URL or push endpoint
    secret            text,                  -- webhook signing secret, whsec_...
    push_p256dh       text,
    push_auth         text,
    unsubscribe_token text UNIQUE,
    enabled           boolean     NOT NULL DEFAULT true,
    disabled_reason   text,
    failing_since     timestamptz,
    created_at        timestamptz NOT NULL
);
CREATE UNIQUE INDEX channel_one_email ON channel (user_id) WHERE kind = 'EMAIL';
CREATE UNIQUE INDEX channel_push_endpoint ON channel (user_id, target) WHERE kind = 'PUSH';
CREATE INDEX channel_user ON channel (user_id);

CREATE TABLE preference (
    user_id    text PRIMARY KEY,
    quiet_from time,
    quiet_to   time,
    time_zone  text,
    opt_out    text NOT NULL DEFAULT ''   -- comma-separated prompt types
);

-- next_due_at is the next occurrence, so the dispatcher finds due reminders with one index scan.
CREATE TABLE reminder (
    user_id         text PRIMARY KEY,
    days            text        NOT NULL,
    local_time      time        NOT NULL,
    time_zone       text        NOT NULL,
    next_local_date date        NOT NULL,
    next_due_at     timestamptz NOT NULL
);
CREATE INDEX reminder_due ON reminder (next_due_at);

-- What the events taught: the local days a person exercised, and their pauses.
CREATE TABLE session_day (
    session_id uuid PRIMARY KEY,
    user_id    text    NOT NULL,
    local_date date    NOT NULL,
    revision   int     NOT NULL,
    deleted    boolean NOT NULL DEFAULT false
);
CREATE INDEX session_day_user ON session_day (user_id, local_date);

CREATE TABLE pause (
    id        uuid PRIMARY KEY,
    user_id   text    NOT NULL,
    from_date date    NOT NULL,
    to_date   date    NOT NULL,
    deleted   boolean NOT NULL DEFAULT false
);
CREATE INDEX pause_user ON pause (user_id);

CREATE TABLE processed_event (
    event_id     text PRIMARY KEY,
    processed_at timestamptz NOT NULL
);

-- One row per prompt or reminder occurrence; occurrence_key makes a redelivered event a no-op.
CREATE TABLE notification (
    id             uuid PRIMARY KEY,
    user_id        text        NOT NULL,
    kind           text        NOT NULL CHECK (kind IN ('PROMPT', 'REMINDER')),
    occurrence_key text        NOT NULL UNIQUE,
    severity       text        NOT NULL,
    subject        text        NOT NULL,
    message        text        NOT NULL,
    data           text        NOT NULL,  -- JSON: the prompt, or { userId, localDate, localTime }
    created_at     timestamptz NOT NULL
);

-- Each (notification, channel) at most once: the unique key, and rows claimed FOR UPDATE SKIP LOCKED.
CREATE TABLE delivery (
    id              uuid PRIMARY KEY,
    notification_id uuid        NOT NULL REFERENCES notification (id),
    channel_id      uuid        REFERENCES channel (id) ON DELETE SET NULL,
    channel_kind    text        NOT NULL,
    user_id         text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'DISABLED')),
    attempts        int         NOT NULL DEFAULT 0,
    last_error      text,
    next_attempt_at timestamptz NOT NULL,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz,
    UNIQUE (notification_id, channel_id)
);
CREATE INDEX delivery_pending ON delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_user ON delivery (user_id, created_at DESC);

-- The VAPID key pair when configuration names none: generated once, shared by every instance.
CREATE TABLE vapid_key (
    id          int PRIMARY KEY CHECK (id = 1),
    public_key  text NOT NULL,
    private_key text NOT NULL
);
