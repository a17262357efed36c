-- Exercises and routines are stored as the JSON documents the API serves; the relational part is
-- only what the database must enforce: unique slugs and routines pointing at existing exercises.
CREATE TABLE exercise (
    slug       varchar(60) PRIMARY KEY,
    body       jsonb       NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE routine (
    slug       varchar(60) PRIMARY KEY,
    body       jsonb       NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- An exercise used by a routine cannot be deleted (RESTRICT), which the API reports as 409.
CREATE TABLE routine_exercise (
    routine_slug  varchar(60) NOT NULL REFERENCES routine (slug) ON DELETE CASCADE,
    exercise_slug varchar(60) NOT NULL REFERENCES exercise (slug) ON DELETE RESTRICT,
    PRIMARY KEY (routine_slug, exercise_slug)
);
CREATE INDEX routine_exercise_by_exercise ON routine_exercise (exercise_slug);

CREATE TABLE red_flag (
    code        varchar(60) PRIMARY KEY,
    description text        NOT NULL,
    urgency     varchar(16) NOT NULL CHECK (urgency IN ('IMMEDIATE', 'SOON')),
    position    int         NOT NULL
);

-- Which versions of seed/catalog-v*.json have been loaded, so a restart never reloads them over
-- an administrator's edits.
CREATE TABLE seed_history (
    version    int PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
);
