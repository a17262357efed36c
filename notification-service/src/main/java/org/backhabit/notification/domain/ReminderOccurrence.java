package org.backhabit.notification.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One firing of a reminder: the person's local day it belongs to and the instant it is due. */
public record ReminderOccurrence(LocalDate localDate, Instant dueAt) {
}
