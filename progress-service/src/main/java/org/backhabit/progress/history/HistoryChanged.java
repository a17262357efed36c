package org.backhabit.progress.history;

/**
 * A user's history changed: an event was applied, a pause or the goal changed. Fired inside the
 * transaction of the change, so whatever observes it (prompt re-evaluation) is as durable as the change.
 */
public record HistoryChanged(String userId) {
}
