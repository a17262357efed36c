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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns what is stored for a user into the domain's values: the whole {@link UserHistory}, or its recent part. */
@ApplicationScoped
public class HistoryLoader {

    /** Earlier than any stored session (sessions are at most 90 days old when recorded). */
    private static final LocalDate EVER = LocalDate.of(1970, 1, 1);
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Inject
    HistoryRepository history;
    @Inject
    Generations generations;

    /** Everything stored for the user (export, and the yardstick the incremental figures are tested against). */
    public UserHistory load(String userId) {
        int generation = generations.active();
        List<FactTuples.CheckIn> checkIns = history.checkInTuples(userId, generation, EVER);
        return new UserHistory(goal(userId), sessions(userId, generation, EVER), readings(checkIns), redFlags(checkIns),
                pauses(userId));
    }

    /** The live sessions whose local date is {@code since} or later. */
    public List<SessionFact> sessions(String userId, int generation, LocalDate since) {
        return history.liveSessionTuples(userId, generation, since).stream()
                .map(f -> new SessionFact(f.sessionId(), f.localDate(), f.completedAt(), RoutineKind.valueOf(f.kind()),
                        f.durationMinutes(), f.painBefore(), f.painAfter()))
                .toList();
    }

    public List<FactTuples.CheckIn> checkIns(String userId, int generation, LocalDate since) {
        return history.checkInTuples(userId, generation, since);
    }

    public static List<PainReading> readings(List<FactTuples.CheckIn> checkIns) {
        return checkIns.stream().map(c -> new PainReading(c.at(), c.localDate(), c.painLevel())).toList();
    }

    public static List<RedFlagReport> redFlags(List<FactTuples.CheckIn> checkIns) {
        return checkIns.stream().filter(c -> !c.redFlags().isBlank())
                .map(c -> new RedFlagReport(c.at(), c.localDate(), flags(c.redFlags())))
                .toList();
    }

    public List<Pause> pauses(String userId) {
        return history.pauses(userId).stream().map(HistoryLoader::toPause).toList();
    }

    /** The pauses of each of {@code userIds} (an empty list for those without), read together. */
    public Map<String, List<Pause>> pauses(Collection<String> userIds) {
        Map<String, List<Pause>> pauses = new HashMap<>();
        userIds.forEach(user -> pauses.put(user, new ArrayList<>()));
        history.pauses(userIds).forEach(p -> pauses.get(p.userId).add(toPause(p)));
        return pauses;
    }

    /** The stored goal, or 3 a week, Monday start, in the zone of the user's latest session (UTC before any). */
    public Goal goal(String userId) {
        return goals(List.of(userId)).get(userId);
    }

    /** {@link #goal(String)} of each of {@code userIds}, in their order, in two queries whatever their number. */
    public Map<String, Goal> goals(Collection<String> userIds) {
        int generation = generations.active();
        Map<String, GoalRow> stored = new HashMap<>();
        history.goals(userIds).forEach(row -> stored.put(row.userId, row));
        List<String> withoutGoal = userIds.stream().filter(user -> !stored.containsKey(user)).toList();
        Map<String, String> zones = withoutGoal.isEmpty() ? Map.of() : history.latestTimeZones(withoutGoal, generation);
        Map<String, Goal> goals = new LinkedHashMap<>();
        userIds.forEach(user -> goals.put(user, stored.containsKey(user) ? toGoal(stored.get(user))
                : Goal.defaults(Optional.ofNullable(zones.get(user)).map(ZoneId::of).orElse(UTC))));
        return goals;
    }

    /** The goal's count and week start, which is all weekly rollups depend on; the zone may be a placeholder. */
    public Goal goalForRollups(String userId) {
        return history.goal(userId).map(HistoryLoader::toGoal).orElseGet(() -> Goal.defaults(UTC));
    }

    /** {@link #goalForRollups(String)} of each of {@code userIds}, read together. */
    public Map<String, Goal> goalsForRollups(Collection<String> userIds) {
        Map<String, Goal> goals = new HashMap<>();
        userIds.forEach(user -> goals.put(user, Goal.defaults(UTC)));
        history.goals(userIds).forEach(row -> goals.put(row.userId, toGoal(row)));
        return goals;
    }

    private static Pause toPause(PauseRow row) {
        return new Pause(row.id, row.fromDate, row.toDate, row.reason);
    }

    private static Goal toGoal(GoalRow row) {
        return Goal.parse(row.sessionsPerWeek, row.timeZone, row.weekStartsOn);
    }

    private static Set<RedFlag> flags(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).filter(s -> !s.isBlank()).map(RedFlag::valueOf).collect(Collectors.toSet());
    }
}
