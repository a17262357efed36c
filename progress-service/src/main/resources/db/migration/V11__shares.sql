-- A person's grant to one clinician: named by the clinician's user id, or by a one-time invite
-- code until a clinician redeems it. Valid while not revoked and not expired; scope limits what it shows.
CREATE TABLE share (
    id           uuid PRIMARY KEY,
    user_id      varchar(200) NOT NULL,
    clinician_id varchar(200),
    invite_code  varchar(20) UNIQUE,
    scope        varchar(60)  NOT NULL,
    created_at   timestamptz  NOT NULL,
    expires_at   timestamptz  NOT NULL,
    redeemed_at  timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX share_by_clinician ON share (clinician_id, user_id);
CREATE INDEX share_by_user ON share (user_id, created_at DESC);

-- Every read a clinician made of a person's data, for the person to see.
CREATE TABLE access_log (
    id           bigserial PRIMARY KEY,
    user_id      varchar(200) NOT NULL,
    clinician_id varchar(200) NOT NULL,
    what         varchar(60)  NOT NULL,
    at           timestamptz  NOT NULL
);
CREATE INDEX access_log_by_user ON access_log (user_id, at DESC);

-- A clinician's advice; the person sees it as a prompt and accepts or ignores it.
CREATE TABLE recommendation (
    id                 uuid PRIMARY KEY,
    user_id            varchar(200) NOT NULL,
    clinician_id       varchar(200) NOT NULL,
    routine_slug       varchar(60),
    sessions_per_week  int CHECK (sessions_per_week BETWEEN 1 AND 7),
    message            varchar(500),
    state              varchar(10)  NOT NULL,
    created_at         timestamptz  NOT NULL,
    decided_at         timestamptz
);
CREATE INDEX recommendation_by_user ON recommendation (user_id, created_at DESC);
