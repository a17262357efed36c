package org.backhabit.progress.history;

import java.util.Set;

/**
 * Users' histories changed: events were applied, a pause or the goal changed. Fired inside the
 * transaction of the change, so whatever observes it (prompt re-evaluation) is as durable as the change.
 */
public record HistoryChanged(Set<String> userIds) {

    public HistoryChanged {
        userIds = Set.copyOf(userIds);
    }

    public static HistoryChanged of(String userId) {
        return new HistoryChanged(Set.of(userId));
    }
}
