package org.backhabit.progress.domain;

/** How the last 7 days' pain compares with the 21 days before them. */
public enum PainTrend {
    IMPROVING,
    STEADY,
    WORSENING,
    NOT_ENOUGH_DATA
}
