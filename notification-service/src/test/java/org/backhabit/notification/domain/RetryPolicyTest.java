package org.backhabit.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(2), Duration.ofHours(24));
    private final Instant since = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void waitsDoubleUpToTheCap() {
        assertEquals(Duration.ofSeconds(30), policy.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), policy.delayAfter(2));
        assertEquals(Duration.ofSeconds(3840), policy.delayAfter(8));
        assertEquals(Duration.ofHours(2), policy.delayAfter(9));
        assertEquals(Duration.ofHours(2), policy.delayAfter(400));
    }

    @Test
    void theLastAttemptIsExactlyWhenThePolicyGivesUp() {
        Instant late = since.plus(Duration.ofHours(23));
        assertEquals(since.plus(Duration.ofHours(24)), policy.nextAttempt(20, since, late));
        assertFalse(policy.givesUp(since, since.plus(Duration.ofHours(24)).minusSeconds(1)));
        assertTrue(policy.givesUp(since, since.plus(Duration.ofHours(24))));
    }
}
