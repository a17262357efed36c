package org.backhabit.session.event;

/** Fired inside a transaction that appended to the outbox; observed after commit to wake the relay. */
public record OutboxWritten() {
}
