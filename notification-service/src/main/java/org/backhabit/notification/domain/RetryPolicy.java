package org.backhabit.notification.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Exponential backoff for a failing target: {@code first}, doubling per attempt up to {@code max};
 * once the target has failed for {@code giveUpAfter}, it is given up on.
 */
public record RetryPolicy(Duration first, Duration max, Duration giveUpAfter) {

    /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
    public Duration delayAfter(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** @return true when a target failing since {@code failingSince} has failed long enough at {@code now} */
    public boolean givesUp(Instant failingSince, Instant now) {
        return !now.isBefore(failingSince.plus(giveUpAfter));
    }

    /** The next attempt, never later than the moment the policy gives up (so that moment gets one last try). */
    public Instant nextAttempt(int attempts, Instant failingSince, Instant now) {
        Instant next = now.plus(delayAfter(attempts));
        Instant last = failingSince.plus(giveUpAfter);
        return next.isAfter(last) ? last : next;
    }
}
