package org.backhabit.system.corpus;

import net.jqwik.api.Arbitrary;

import java.util.List;

import static org.backhabit.system.corpus.Endpoint.*;
import static org.backhabit.system.corpus.FieldKind.*;

/** A field of a body, or a query parameter, of one endpoint, with its kind and bounds: what the generator makes bad. */
record Field(Endpoint endpoint, String name, FieldKind kind, boolean query, int min, int max) {

    static final List<Field> ALL = List.of(
            body(POST_SESSION, "routineSlug", SLUG), body(POST_SESSION, "completedAt", INSTANT), body(POST_SESSION, "timeZone", TIME_ZONE),
            body(POST_SESSION, "durationMinutes", NUMBER, 1, 240), body(POST_SESSION, "painBefore", NUMBER, 0, 10),
            body(POST_SESSION, "painAfter", NUMBER, 0, 10), body(POST_SESSION, "effort", NUMBER, 0, 10),
            body(POST_SESSION, "notes", MULTILINE_TEXT, 0, 2000),
            body(POST_ADHOC_SESSION, "exercises[0].exerciseSlug", SLUG), body(POST_ADHOC_SESSION, "exercises[0].sets", NUMBER, 1, 20),
            body(POST_ADHOC_SESSION, "exercises[0].reps", NUMBER, 1, 200), body(POST_ADHOC_SESSION, "exercises[0].holdSeconds", NUMBER, 1, 3600),
            body(PUT_SESSION, "completedAt", INSTANT), body(PUT_SESSION, "durationMinutes", NUMBER, 1, 240),
            body(PUT_SESSION, "painBefore", NUMBER, 0, 10), body(PUT_SESSION, "timeZone", TIME_ZONE),
            body(POST_CHECK_IN, "at", INSTANT), body(POST_CHECK_IN, "timeZone", TIME_ZONE), body(POST_CHECK_IN, "painLevel", NUMBER, 0, 10),
            body(POST_CHECK_IN, "areas[0]", ENUM), body(POST_CHECK_IN, "redFlags", ENUM),
            query(GET_SESSIONS, "from", DATE), query(GET_SESSIONS, "to", DATE), query(GET_SESSIONS, "limit", NUMBER, 1, 200),
            query(GET_SESSIONS, "cursor", CURSOR),
            query(GET_CHECK_INS, "from", DATE), query(GET_CHECK_INS, "to", DATE), query(GET_CHECK_INS, "limit", NUMBER, 1, 500),
            body(PUT_GOAL, "sessionsPerWeek", NUMBER, 1, 7), body(PUT_GOAL, "timeZone", TIME_ZONE), body(PUT_GOAL, "weekStartsOn", ENUM),
            body(POST_PAUSE, "from", DATE), body(POST_PAUSE, "to", DATE), body(POST_PAUSE, "reason", ENUM),
            query(GET_DASHBOARD, "weeks", NUMBER, 1, 104), query(GET_WEEKS, "from", DATE), query(GET_WEEKS, "to", DATE),
            query(GET_EXPORT, "format", ENUM),
            body(PUT_EMAIL, "address", TEXT, 0, 254), body(POST_WEBHOOK, "url", TEXT, 0, 2000), body(POST_WEBHOOK, "secret", TEXT, 0, 200),
            body(POST_PUSH_SUBSCRIPTION, "endpoint", TEXT, 0, 2000), body(POST_PUSH_SUBSCRIPTION, "keys.p256dh", TEXT, 0, 200),
            body(POST_PUSH_SUBSCRIPTION, "keys.auth", TEXT, 0, 100),
            body(PUT_REMINDER, "days[0]", ENUM), body(PUT_REMINDER, "localTime", LOCAL_TIME), body(PUT_REMINDER, "timeZone", TIME_ZONE),
            body(PUT_PREFERENCES, "quietHours.from", LOCAL_TIME), body(PUT_PREFERENCES, "quietHours.to", LOCAL_TIME),
            body(PUT_PREFERENCES, "optOut", ENUM), body(PUT_PREFERENCES, "timeZone", TIME_ZONE),
            query(GET_DELIVERIES, "limit", NUMBER, 1, 200),
            body(POST_EXERCISE, "slug", SLUG), body(POST_EXERCISE, "name", TEXT, 0, 100), body(POST_EXERCISE, "category", ENUM),
            body(POST_EXERCISE, "targetAreas[0]", ENUM), body(POST_EXERCISE, "equipment[0]", ENUM), body(POST_EXERCISE, "positions[0]", ENUM),
            body(POST_EXERCISE, "dosage.sets", NUMBER, 1, 5), body(POST_EXERCISE, "dosage.reps", NUMBER, 1, 30),
            body(POST_EXERCISE, "steps[0]", TEXT, 0, 300), body(POST_EXERCISE, "cautions[0]", TEXT, 0, 300),
            body(POST_EXERCISE, "difficulty", NUMBER, 1, 3), body(POST_EXERCISE, "easierVariant", SLUG),
            body(POST_EXERCISE, "estimatedMinutes", NUMBER, 1, 60),
            body(PUT_EXERCISE, "name", TEXT, 0, 100), body(PUT_EXERCISE, "cues[0]", TEXT, 0, 300), body(PUT_EXERCISE, "harderVariant", SLUG),
            body(PUT_EXERCISE_TRANSLATION, "name", TEXT, 0, 100), body(PUT_EXERCISE_TRANSLATION, "steps[0]", TEXT, 0, 300),
            body(POST_ROUTINE, "slug", SLUG), body(POST_ROUTINE, "name", TEXT, 0, 100), body(POST_ROUTINE, "purpose", TEXT, 0, 500),
            body(POST_ROUTINE, "kind", ENUM), body(POST_ROUTINE, "estimatedMinutes", NUMBER, 1, 90),
            body(POST_ROUTINE, "recommendedPerWeek", NUMBER, 1, 7), body(POST_ROUTINE, "items[0].exerciseSlug", SLUG),
            body(POST_ROUTINE, "items[0].dosage.sets", NUMBER, 1, 5),
            body(PUT_ROUTINE, "purpose", TEXT, 0, 500), body(PUT_ROUTINE_TRANSLATION, "name", TEXT, 0, 100),
            body(PUT_ROUTINE_TRANSLATION, "purpose", TEXT, 0, 500), body(PUT_RED_FLAG_TRANSLATION, "description", TEXT, 0, 1000),
            query(GET_EXERCISES, "category", ENUM), query(GET_EXERCISES, "equipment", ENUM), query(GET_EXERCISES, "muscle", ENUM),
            query(GET_EXERCISES, "position", ENUM), query(GET_EXERCISES, "deskFriendly", BOOLEAN),
            query(GET_EXERCISES, "maxMinutes", NUMBER, 1, 600), query(GET_EXERCISES, "q", TEXT, 0, 100),
            query(GET_EXERCISES, "page", NUMBER, 0, 100_000), query(GET_EXERCISES, "size", NUMBER, 1, 100),
            query(GET_ROUTINES, "kind", ENUM), query(GET_ROUTINES, "page", NUMBER, 0, 100_000), query(GET_ROUTINES, "size", NUMBER, 1, 100));

    private static Field body(Endpoint endpoint, String name, FieldKind kind) {
        return new Field(endpoint, name, kind, false, 0, 0);
    }

    private static Field body(Endpoint endpoint, String name, FieldKind kind, int min, int max) {
        return new Field(endpoint, name, kind, false, min, max);
    }

    private static Field query(Endpoint endpoint, String name, FieldKind kind) {
        return new Field(endpoint, name, kind, true, 0, 0);
    }

    private static Field query(Endpoint endpoint, String name, FieldKind kind, int min, int max) {
        return new Field(endpoint, name, kind, true, min, max);
    }

    /** Bad cases for this field: each a bad value in its place, the rest of the request as accepted. */
    Arbitrary<BadCase> badCases() {
        Arbitrary<String> values = query ? kind.inQuery(min, max) : kind.inBody(min, max);
        return values.map(value -> new BadCase(endpoint, name, query ? BadCase.Change.QUERY : BadCase.Change.VALUE, value, "generated"));
    }
}
