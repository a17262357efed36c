-- Per user and week (in the user's week start): the week's sums, and the streak and habit score as
-- they stand at the week's end. A dashboard reads the rows of the weeks it shows plus the last
-- finished week's running figures, however long the history; an applied event recomputes the
-- weeks it touched and carries the running figures forward from there.
CREATE TABLE week_rollup (
    generation        int              NOT NULL,
    user_id           varchar(200)     NOT NULL,
    week_start        date             NOT NULL,
    sessions          int              NOT NULL,
    day_mask          int              NOT NULL,
    strength_sessions int              NOT NULL,
    minutes           int              NOT NULL,
    pain_before_sum   int              NOT NULL,
    pain_before_count int              NOT NULL,
    pain_after_sum    int              NOT NULL,
    pain_after_count  int              NOT NULL,
    score             double precision NOT NULL DEFAULT 0,
    streak            int              NOT NULL DEFAULT 0,
    longest           int              NOT NULL DEFAULT 0,
    last_counted      date,
    PRIMARY KEY (generation, user_id, week_start)
);
