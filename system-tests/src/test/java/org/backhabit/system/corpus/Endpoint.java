package org.backhabit.system.corpus;

import java.util.List;

/**
 * Every write endpoint and every endpoint with query parameters of the four services, with a body
 * each accepts as it is (the control case), so a refusal of a case is the bad part's doing.
 * Placeholders in bodies and paths are filled per case ({@link Placeholders}).
 */
enum Endpoint {
    // session-service
    POST_SESSION(Service.SESSION, "POST", "/sessions", """
            {"routineSlug":"posture-strength","completedAt":"${recent}","timeZone":"Europe/Berlin","durationMinutes":12,\
            "painBefore":5,"painAfter":3,"effort":4,"notes":"Felt looser"}"""),
    POST_ADHOC_SESSION(Service.SESSION, "POST", "/sessions", """
            {"exercises":[{"exerciseSlug":"wall-angels","sets":2,"reps":10,"holdSeconds":30}],"completedAt":"${recent}",\
            "timeZone":"Europe/Berlin","durationMinutes":8}"""),
    PUT_SESSION(Service.SESSION, "PUT", "/sessions/${session}", """
            {"routineSlug":"posture-strength","completedAt":"${recent}","timeZone":"Europe/Berlin","durationMinutes":15,"painBefore":4}"""),
    POST_CHECK_IN(Service.SESSION, "POST", "/check-ins", """
            {"at":"${recent}","timeZone":"Europe/Berlin","painLevel":3,"areas":["MID_BACK"],"redFlags":[]}"""),
    GET_SESSIONS(Service.SESSION, "GET", "/sessions", null),
    GET_CHECK_INS(Service.SESSION, "GET", "/check-ins", null),
    // progress-service
    PUT_GOAL(Service.PROGRESS, "PUT", "/progress/me/goal", """
            {"sessionsPerWeek":3,"timeZone":"Europe/Berlin","weekStartsOn":"MONDAY"}"""),
    POST_PAUSE(Service.PROGRESS, "POST", "/progress/me/pauses", """
            {"from":"${today}","to":"${inAWeek}","reason":"TRAVEL"}"""),
    GET_DASHBOARD(Service.PROGRESS, "GET", "/progress/me/dashboard", null),
    GET_WEEKS(Service.PROGRESS, "GET", "/progress/me/weeks?from=2026-01-05&to=2026-02-01", null),
    GET_EXPORT(Service.PROGRESS, "GET", "/progress/me/export", null),
    // notification-service
    PUT_EMAIL(Service.NOTIFICATION, "PUT", "/notifications/me/email", """
            {"address":"corpus@example.org"}"""),
    POST_WEBHOOK(Service.NOTIFICATION, "POST", "/notifications/me/webhooks", """
            {"url":"http://127.0.0.1:9/hook"}"""),
    POST_PUSH_SUBSCRIPTION(Service.NOTIFICATION, "POST", "/notifications/me/push-subscriptions", """
            {"endpoint":"https://push.example.org/send/abc","expirationTime":null,"keys":{"p256dh":"${p256dh}","auth":"${auth}"}}"""),
    PUT_REMINDER(Service.NOTIFICATION, "PUT", "/notifications/me/reminders", """
            {"days":["MONDAY","THURSDAY"],"localTime":"18:30","timeZone":"Europe/Berlin"}"""),
    PUT_PREFERENCES(Service.NOTIFICATION, "PUT", "/notifications/me/preferences", """
            {"quietHours":{"from":"22:00","to":"07:00"},"optOut":["ADD_STRENGTH"],"timeZone":"Europe/Berlin"}"""),
    GET_DELIVERIES(Service.NOTIFICATION, "GET", "/notifications/me/deliveries", null),
    // catalog-service (writes need the admin group)
    POST_EXERCISE(Service.CATALOG, "POST", "/exercises", Placeholders.EXERCISE.replace("${slug}", "${newSlug}")),
    PUT_EXERCISE(Service.CATALOG, "PUT", "/exercises/corpus-target", Placeholders.EXERCISE.replace("${slug}", "corpus-target")),
    PUT_EXERCISE_TRANSLATION(Service.CATALOG, "PUT", "/exercises/corpus-target/translations/de", """
            {"name":"Korpus","steps":["Stehen."],"cues":["Ruhig atmen."],"cautions":["Bei Schmerz aufhören."],"altTexts":{}}"""),
    POST_ROUTINE(Service.CATALOG, "POST", "/routines", """
            {"slug":"${newSlug}","name":"Corpus routine","purpose":"A routine for the corpus","kind":"MOBILITY","estimatedMinutes":10,\
            "recommendedPerWeek":3,"items":[{"order":1,"exerciseSlug":"wall-angels","dosage":{"sets":2,"reps":10,"perSide":false}}]}"""),
    PUT_ROUTINE(Service.CATALOG, "PUT", "/routines/corpus-routine", """
            {"slug":"corpus-routine","name":"Corpus routine","purpose":"A routine for the corpus","kind":"MOBILITY","estimatedMinutes":10,\
            "recommendedPerWeek":3,"items":[{"order":1,"exerciseSlug":"wall-angels"}]}"""),
    PUT_ROUTINE_TRANSLATION(Service.CATALOG, "PUT", "/routines/corpus-routine/translations/de", """
            {"name":"Korpus-Routine","purpose":"Eine Routine für den Korpus"}"""),
    PUT_RED_FLAG_TRANSLATION(Service.CATALOG, "PUT", "/guidance/red-flags/CHEST_PAIN/translations/de", """
            {"description":"Brustschmerz: sofort ärztliche Hilfe suchen."}"""),
    PUT_MEDIA(Service.CATALOG, "PUT", "/media/corpus.svg", null),
    GET_EXERCISES(Service.CATALOG, "GET", "/exercises", null),
    GET_ROUTINES(Service.CATALOG, "GET", "/routines", null);

    enum Service { CATALOG, SESSION, PROGRESS, NOTIFICATION }

    final Service service;
    final String method;
    final String path;
    final String body;

    Endpoint(Service service, String method, String path, String body) {
        this.service = service;
        this.method = method;
        this.path = path;
        this.body = body;
    }

    boolean writes() {
        return !method.equals("GET");
    }

    boolean admin() {
        return service == Service.CATALOG && writes();
    }

    /** The answers that together show what a user (or, for the catalog, everyone) has stored. */
    List<String> stateReads() {
        return switch (service) {
            case SESSION -> List.of("/sessions", "/check-ins");
            case PROGRESS -> List.of("/progress/me/goal", "/progress/me/pauses", "/progress/me/prompts");
            case NOTIFICATION -> List.of("/notifications/me/email", "/notifications/me/webhooks", "/notifications/me/push-subscriptions",
                    "/notifications/me/reminders", "/notifications/me/preferences");
            case CATALOG -> List.of("/exercises?size=100", "/routines?size=100", "/guidance/red-flags", "/exercises/corpus-target",
                    "/routines/corpus-routine", "/media/corpus.svg");
        };
    }
}
