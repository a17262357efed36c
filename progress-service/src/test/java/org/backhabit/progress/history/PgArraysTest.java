package org.backhabit.progress.history;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The array literal carries any text through PostgreSQL unchanged, in order. */
@QuarkusTest
class PgArraysTest {

    @Inject
    EntityManager em;

    @Test
    void everyCharacterThatMeansSomethingInAnArrayLiteralComesBackAsSent() {
        List<String> values = List.of("plain", "with,comma", "{braces}", "quote\"inside", "back\\slash", "\\\"", "  spaced  ",
                "NULL", "", "Ünïcødé ✓");

        @SuppressWarnings("unchecked")
        List<String> back = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("SELECT v FROM unnest(CAST(?1 AS text[])) WITH ORDINALITY AS a(v, i) ORDER BY i")
                .setParameter(1, PgArrays.literal(values)).getResultList());

        assertEquals(values, back);
    }

    @Test
    void aNullElementIsSqlNull() {
        List<String> values = java.util.Arrays.asList("2026-11-16", null);

        @SuppressWarnings("unchecked")
        List<Object> back = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("SELECT CAST(v AS text) FROM unnest(CAST(?1 AS date[])) WITH ORDINALITY AS a(v, i) ORDER BY i")
                .setParameter(1, PgArrays.literal(values)).getResultList());

        assertEquals(values, back);
    }
}
