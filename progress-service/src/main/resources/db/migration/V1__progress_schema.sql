-- Projections from session-events are kept per generation. Reads use the active one; a rebuild
-- replays the topic into the next generation while the live consumer writes to both, then makes it
-- active in one update. Every projection write is order-independent (highest revision wins, a
-- deletion is final, readings are a set), so the replay and the live writes converge.
CREATE TABLE projection_state (
    id                  int PRIMARY KEY CHECK (id = 1),
    active_generation   int         NOT NULL,
    rebuild_generation  int,
    rebuild_started_at  timestamptz,
    rebuild_finished_at timestamptz,
    rebuild_events      bigint      NOT NULL DEFAULT 0,
    rebuild_millis      bigint      NOT NULL DEFAULT 0
);
INSERT INTO projection_state (id, active_generation) VALUES (1, 1);

-- Every event applied, recorded in the same transaction as its projection change: a redelivered
-- event finds its id here and changes nothing.
CREATE TABLE processed_event (
    generation   int         NOT NULL,
    event_id     uuid        NOT NULL,
    type         varchar(60) NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (generation, event_id)
);

-- One row per session, the highest revision seen. A deletion leaves a tombstone (deleted = true)
-- so a late recording or correction cannot bring the session back.
CREATE TABLE session_fact (
    generation       int          NOT NULL,
    session_id       uuid         NOT NULL,
    user_id          varchar(200) NOT NULL,
    revision         int          NOT NULL,
    deleted          boolean      NOT NULL DEFAULT false,
    routine_slug     varchar(60),
    kind             varchar(20),
    exercise_slugs   text,
    completed_at     timestamptz,
    time_zone        varchar(64),
    local_date       date,
    duration_minutes int,
    pain_before      int,
    pain_after       int,
    effort           int,
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (generation, session_id)
);
CREATE INDEX session_fact_by_user ON session_fact (generation, user_id, local_date) WHERE NOT deleted;

CREATE TABLE check_in_reading (
    generation  int          NOT NULL,
    check_in_id uuid         NOT NULL,
    user_id     varchar(200) NOT NULL,
    at          timestamptz  NOT NULL,
    time_zone   varchar(64)  NOT NULL,
    local_date  date         NOT NULL,
    pain_level  int          NOT NULL,
    red_flags   text         NOT NULL DEFAULT '',
    PRIMARY KEY (generation, check_in_id)
);
CREATE INDEX check_in_reading_by_user ON check_in_reading (generation, user_id, local_date);

CREATE TABLE goal (
    user_id           varchar(200) PRIMARY KEY,
    sessions_per_week int          NOT NULL CHECK (sessions_per_week BETWEEN 1 AND 7),
    time_zone         varchar(64)  NOT NULL,
    week_starts_on    varchar(10)  NOT NULL CHECK (week_starts_on IN ('MONDAY', 'SUNDAY')),
    updated_at        timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE pause (
    id         uuid PRIMARY KEY,
    user_id    varchar(200) NOT NULL,
    from_date  date         NOT NULL,
    to_date    date         NOT NULL CHECK (to_date >= from_date),
    reason     varchar(20)  NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX pause_by_user ON pause (user_id, from_date);

-- Prompts raised, deduplicated per user, type and period.
CREATE TABLE prompt (
    id           uuid PRIMARY KEY,
    user_id      varchar(200) NOT NULL,
    type         varchar(30)  NOT NULL,
    period_key   varchar(100) NOT NULL,
    severity     varchar(10)  NOT NULL,
    title        varchar(200) NOT NULL,
    message      text         NOT NULL,
    created_at   timestamptz  NOT NULL,
    dismissed_at timestamptz,
    UNIQUE (user_id, type, period_key)
);

-- Users whose prompts must be re-evaluated after an event; written in the consumer's transaction,
-- worked off by PromptRefresher, so the consumer never waits on the prompt rules.
CREATE TABLE prompt_refresh (
    user_id      varchar(200) PRIMARY KEY,
    requested_at timestamptz  NOT NULL DEFAULT now()
);
