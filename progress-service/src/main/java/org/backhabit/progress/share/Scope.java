package org.backhabit.progress.share;

/** What a share shows a clinician. */
public enum Scope {
    /** The dashboard and the weekly rows. */
    DASHBOARD,
    /** The session facts: day, kind, minutes, pain before and after. */
    SESSIONS,
    /** The check-in readings: pain level and red flags. */
    CHECK_INS
}
