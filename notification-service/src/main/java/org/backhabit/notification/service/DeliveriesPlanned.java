package org.backhabit.notification.service;

/** Fired when a transaction stored new deliveries; the dispatcher wakes once it committed. */
public record DeliveriesPlanned(int count) {
}
