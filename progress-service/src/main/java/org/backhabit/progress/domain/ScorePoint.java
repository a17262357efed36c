package org.backhabit.progress.domain;

import java.time.LocalDate;

/** The consistency score (0..100) as of one day. */
public record ScorePoint(LocalDate date, int score) {
}
