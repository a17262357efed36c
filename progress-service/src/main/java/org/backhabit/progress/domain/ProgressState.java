package org.backhabit.progress.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the figures of a moment are computed from, bounded by time rather than by history: the
 * running figures of a finished week, the weekly activity since (and as far back as a caller shows),
 * and the last 28 days' facts and readings. {@link #of(UserHistory)} folds a whole history into it.
 *
 * @param running        the figures at the end of some finished week, or null to start before the first week
 * @param storedScores   the raw habit score at the end of finished weeks up to {@code running}'s week, by
 *                       week start, for as many weeks as a caller shows; weeks after it are carried forward
 * @param weeks          the activity by week start, at least from two weeks before {@code running}'s week
 *                       through the current week; an absent week had no sessions
 * @param recentFacts    the sessions of at least the last 28 days
 * @param checkInReadings pain levels from check-ins of at least the last 28 days
 * @param redFlagReports check-ins with red flags of at least the last 7 days
 * @param lastSession    the latest session, null without any
 */
public record ProgressState(Goal goal, List<Pause> pauses, RunningFigures running, Map<LocalDate, Double> storedScores,
                            Map<LocalDate, WeekActivity> weeks,
                            List<SessionFact> recentFacts, List<PainReading> checkInReadings, List<RedFlagReport> redFlagReports,
                            LastSession lastSession) {

    /** The latest session: when it was completed and on which local date. */
    public record LastSession(Instant completedAt, LocalDate localDate) {
    }

    public ProgressState {
        if (goal == null) {
            throw new IllegalArgumentException("goal is required");
        }
        pauses = List.copyOf(pauses);
        storedScores = Map.copyOf(storedScores);
        weeks = Map.copyOf(weeks);
        recentFacts = List.copyOf(recentFacts);
        checkInReadings = List.copyOf(checkInReadings);
        redFlagReports = List.copyOf(redFlagReports);
    }

    /** A whole history, folded into weeks once, with no running figures: everything is computed from the start. */
    public static ProgressState of(UserHistory history) {
        Map<LocalDate, WeekActivity> weeks = new HashMap<>();
        for (SessionFact fact : history.facts()) {
            LocalDate week = WeekCalendar.weekStart(fact.localDate(), history.goal().weekStartsOn());
            weeks.put(week, weeks.getOrDefault(week, WeekActivity.empty(week)).plus(fact));
        }
        LastSession last = history.facts().stream()
                .max(Comparator.comparing(SessionFact::completedAt))
                .map(f -> new LastSession(f.completedAt(), history.facts().stream().map(SessionFact::localDate)
                        .max(Comparator.naturalOrder()).orElseThrow()))
                .orElse(null);
        return new ProgressState(history.goal(), history.pauses(), null, Map.of(), weeks, history.facts(),
                history.checkInReadings(), history.redFlagReports(), last);
    }

    /** The first week with a session, or null. */
    LocalDate firstWeek() {
        return weeks.keySet().stream().min(Comparator.naturalOrder()).orElse(null);
    }

    /** Sessions' painBefore readings followed by the check-ins' readings. */
    List<PainReading> painReadings() {
        List<PainReading> all = new java.util.ArrayList<>(PainReading.fromSessions(recentFacts));
        all.addAll(checkInReadings);
        return all;
    }
}
