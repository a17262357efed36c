package org.backhabit.progress.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.backhabit.events.vocabulary.RedFlag;
import org.backhabit.events.vocabulary.RoutineKind;
import org.backhabit.progress.domain.Goal;
import org.backhabit.progress.domain.PainReading;
import org.backhabit.progress.domain.Pause;
import org.backhabit.progress.domain.RedFlagReport;
import org.backhabit.progress.domain.SessionFact;
import org.backhabit.progress.domain.UserHistory;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns what is stored for a user into the domain's {@link UserHistory}. */
@ApplicationScoped
public class HistoryLoader {

    @Inject
    HistoryRepository history;
    @Inject
    Generations generations;

    public UserHistory load(String userId) {
        int generation = generations.active();
        List<FactTuples.CheckIn> checkIns = history.checkInTuples(userId, generation);
        return new UserHistory(
                goal(userId, generation),
                history.liveSessionTuples(userId, generation).stream()
                        .map(f -> new SessionFact(f.sessionId(), f.localDate(), f.completedAt(), RoutineKind.valueOf(f.kind()),
                                f.durationMinutes(), f.painBefore(), f.painAfter()))
                        .toList(),
                checkIns.stream().map(c -> new PainReading(c.at(), c.localDate(), c.painLevel())).toList(),
                checkIns.stream().filter(c -> !c.redFlags().isBlank())
                        .map(c -> new RedFlagReport(c.at(), c.localDate(), flags(c.redFlags())))
                        .toList(),
                history.pauses(userId).stream().map(p -> new Pause(p.id, p.fromDate, p.toDate, p.reason)).toList());
    }

    /** The stored goal, or 3 a week, Monday start, in the zone of the user's latest session (UTC before any). */
    public Goal goal(String userId) {
        return goal(userId, generations.active());
    }

    private Goal goal(String userId, int generation) {
        return history.goal(userId)
                .map(HistoryLoader::toGoal)
                .orElseGet(() -> Goal.defaults(history.latestTimeZone(userId, generation).map(ZoneId::of).orElse(ZoneId.of("UTC"))));
    }

    private static Goal toGoal(GoalRow row) {
        return Goal.parse(row.sessionsPerWeek, row.timeZone, row.weekStartsOn);
    }

    private static Set<RedFlag> flags(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).filter(s -> !s.isBlank()).map(RedFlag::valueOf).collect(Collectors.toSet());
    }
}
