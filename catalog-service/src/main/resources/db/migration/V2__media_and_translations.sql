-- Illustration files, served by GET /media/{name}; an exercise document lists the ones it uses.
CREATE TABLE media_file (
    name         varchar(100) PRIMARY KEY,
    content_type varchar(40)  NOT NULL,
    body         bytea        NOT NULL,
    updated_at   timestamptz  NOT NULL DEFAULT now()
);

-- The catalog's text in languages other than English (the documents themselves are English).
-- Each translation belongs to its document and goes with it.
CREATE TABLE exercise_translation (
    subject    varchar(60) NOT NULL REFERENCES exercise (slug) ON DELETE CASCADE,
    language   varchar(8)  NOT NULL,
    body       jsonb       NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (subject, language)
);

CREATE TABLE routine_translation (
    subject    varchar(60) NOT NULL REFERENCES routine (slug) ON DELETE CASCADE,
    language   varchar(8)  NOT NULL,
    body       jsonb       NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (subject, language)
);

CREATE TABLE red_flag_translation (
    subject    varchar(60) NOT NULL REFERENCES red_flag (code) ON DELETE CASCADE,
    language   varchar(8)  NOT NULL,
    body       jsonb       NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (subject, language)
);
