package org.backhabit.progress;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.backhabit.events.CloudEventHeaders;
import org.backhabit.events.EventJson;
import org.backhabit.events.EventTypes;
import org.backhabit.events.PromptData;
import org.backhabit.events.SealedPayload;
import org.backhabit.localstack.testing.EventKeyServer;
import org.backhabit.localstack.testing.TopicRecords;
import org.backhabit.localstack.auth.DevTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.backhabit.progress.EventSender.checkIn;
import static org.backhabit.progress.EventSender.session;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sharing with a clinician: the BOLA matrix, invites, the access log and recommendations. */
@QuarkusTest
class ShareTest extends EventDrivenTest {

    private static final LocalDate MON = LocalDate.of(2026, 11, 16);
    private static final String UNTIL = "2027-02-20T00:00:00+01:00";
    /** Every endpoint about one patient, as {method, path suffix}. */
    private static final List<String[]> PATIENT_ENDPOINTS = List.of(
            new String[]{"GET", "/dashboard"}, new String[]{"GET", "/weeks?from=2026-11-01&to=2026-11-30"},
            new String[]{"GET", "/sessions"}, new String[]{"GET", "/check-ins"}, new String[]{"POST", "/recommendations"});

    @Inject
    EntityManager em;

    static RequestSpecification asClinician(String clinician) {
        return given().header("Authorization", "Bearer " + DevTokens.withGroups(clinician, "clinician")).contentType("application/json");
    }

    private static int call(RequestSpecification spec, String patient, String[] endpoint) {
        String path = "/clinician/patients/" + patient + endpoint[1];
        return endpoint[0].equals("GET") ? spec.get(path).statusCode()
                : spec.body("{\"sessionsPerWeek\":4,\"message\":\"hi\"}").post(path).statusCode();
    }

    private static String patientWithHistory() {
        String patient = "p-" + UUID.randomUUID();
        events.send(EventTypes.SESSION_RECORDED, patient, session(patient, UUID.randomUUID(), 1, MON, "STRENGTH", 5, 3));
        events.send(EventTypes.CHECKIN_RECORDED, patient, checkIn(patient, MON, 4, List.of()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(patient).get("/progress/me/export").then()
                .body("sessions.size()", is(1)).body("checkIns.size()", is(1)));
        return patient;
    }

    private static String share(String patient, String clinician, String scope) {
        return as(patient).body("{\"clinicianId\":\"%s\",\"expiresAt\":\"%s\",\"scope\":%s}".formatted(clinician, UNTIL, scope))
                .post("/progress/me/shares").then().statusCode(201).body("state", is("ACTIVE")).extract().path("id");
    }

    @Test
    void bolaMatrixEveryPatientEndpointIs404WithoutAValidShareInScope() {
        String clinician = "c-" + UUID.randomUUID();
        String noShare = patientWithHistory();
        String expired = patientWithHistory();
        String revoked = patientWithHistory();
        String otherClinicians = patientWithHistory();
        String checkInsOnly = patientWithHistory();
        String expiredShare = share(expired, clinician, "[\"DASHBOARD\",\"SESSIONS\",\"CHECK_INS\"]");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE share SET expires_at = ?2 WHERE id = ?1")
                .setParameter(1, UUID.fromString(expiredShare)).setParameter(2, FixedClock.NOW.minusSeconds(1)).executeUpdate());
        String revokedShare = share(revoked, clinician, "[\"DASHBOARD\",\"SESSIONS\",\"CHECK_INS\"]");
        as(revoked).delete("/progress/me/shares/" + revokedShare).then().statusCode(204);
        share(otherClinicians, "someone-else", "[\"DASHBOARD\",\"SESSIONS\",\"CHECK_INS\"]");
        share(checkInsOnly, clinician, "[\"CHECK_INS\"]");

        for (String patient : List.of(noShare, expired, revoked, otherClinicians, "never-existed-" + UUID.randomUUID())) {
            for (String[] endpoint : PATIENT_ENDPOINTS) {
                assertEquals(404, call(asClinician(clinician), patient, endpoint), endpoint[0] + " " + endpoint[1] + " of " + patient);
            }
        }
        for (String[] endpoint : PATIENT_ENDPOINTS.subList(0, 3)) {
            assertEquals(404, call(asClinician(clinician), checkInsOnly, endpoint), "out of scope: " + endpoint[1]);
        }
        assertEquals(200, call(asClinician(clinician), checkInsOnly, PATIENT_ENDPOINTS.get(3)));
        asClinician(clinician).get("/clinician/patients").then().statusCode(200)
                .body("items.patientId", is(List.of(checkInsOnly)));
        as(expired).get("/progress/me/shares").then().body("items[0].state", is("EXPIRED"));
        as(revoked).get("/progress/me/shares").then().body("items[0].state", is("REVOKED"));
    }

    @Test
    void aUserTokenIs403OnEveryClinicianEndpoint() {
        String patient = patientWithHistory();
        String person = "u-" + UUID.randomUUID();
        share(patient, person, "[\"DASHBOARD\",\"SESSIONS\",\"CHECK_INS\"]");
        for (String[] endpoint : PATIENT_ENDPOINTS) {
            assertEquals(403, call(as(person), patient, endpoint), endpoint[1]);
        }
        as(person).get("/clinician/patients").then().statusCode(403).contentType("application/problem+json");
        as(person).body("{\"code\":\"ABC\"}").post("/clinician/invites").then().statusCode(403);
        given().get("/clinician/patients").then().statusCode(401);
    }

    @Test
    void withAValidShareEveryReadIsServedAndLoggedForThePerson() {
        String clinician = "c-" + UUID.randomUUID();
        String patient = patientWithHistory();
        share(patient, clinician, "[\"DASHBOARD\",\"SESSIONS\",\"CHECK_INS\"]");
        asClinician(clinician).get("/clinician/patients/" + patient + "/dashboard").then().statusCode(200)
                .body("currentWeek.sessions", is(1));
        asClinician(clinician).get("/clinician/patients/" + patient + "/weeks?from=2026-11-16&to=2026-11-22").then().statusCode(200)
                .body("[0].sessions", is(1));
        asClinician(clinician).get("/clinician/patients/" + patient + "/sessions").then().statusCode(200).body("items", hasSize(1));
        asClinician(clinician).get("/clinician/patients/" + patient + "/check-ins").then().statusCode(200).body("items[0].painLevel", is(4));
        asClinician(clinician).get("/clinician/patients/" + patient + "/weeks?from=nope&to=2026-11-22").then().statusCode(400);

        as(patient).get("/progress/me/access-log").then().statusCode(200)
                .body("items.clinicianId", hasItem(clinician))
                .body("items.what", hasItems("DASHBOARD", "WEEKS", "SESSIONS", "CHECK_INS"))
                .body("items[0].at", notNullValue());
    }

    @Test
    void anInviteCodeIsRedeemedOnce() {
        String patient = patientWithHistory();
        String code = as(patient).body("{\"expiresAt\":\"%s\",\"scope\":[\"DASHBOARD\"]}".formatted(UNTIL)).post("/progress/me/shares")
                .then().statusCode(201).body("state", is("PENDING")).extract().path("inviteCode");
        String clinician = "c-" + UUID.randomUUID();
        assertEquals(404, call(asClinician(clinician), patient, PATIENT_ENDPOINTS.get(0)));
        asClinician(clinician).body("{\"code\":\"%s\"}".formatted(code)).post("/clinician/invites").then().statusCode(200)
                .body("clinicianId", is(clinician)).body("state", is("ACTIVE"));
        asClinician("c-" + UUID.randomUUID()).body("{\"code\":\"%s\"}".formatted(code)).post("/clinician/invites").then().statusCode(404);
        assertEquals(200, call(asClinician(clinician), patient, PATIENT_ENDPOINTS.get(0)));
    }

    @Test
    void aRecommendationIsAPromptThePersonAcceptsAndOnlyThenTheGoalChanges() {
        String clinician = "c-" + UUID.randomUUID();
        String patient = patientWithHistory();
        share(patient, clinician, "[\"DASHBOARD\"]");
        String id = asClinician(clinician).body("{\"routineSlug\":\"posture-strength\",\"sessionsPerWeek\":4,\"message\":\"Warm up first.\"}")
                .post("/clinician/patients/" + patient + "/recommendations").then().statusCode(201).body("state", is("PENDING"))
                .extract().path("id");
        as(patient).get("/progress/me/goal").then().body("sessionsPerWeek", is(3));
        as(patient).get("/progress/me/dashboard").then().body("prompts.type", hasItem("CLINICIAN_RECOMMENDATION"));
        as(patient).get("/progress/me/recommendations").then().body("items[0].clinicianId", is(clinician));

        as("someone-else").post("/progress/me/recommendations/" + id + "/accept").then().statusCode(404);
        as(patient).post("/progress/me/recommendations/" + id + "/accept").then().statusCode(200).body("state", is("ACCEPTED"));
        as(patient).get("/progress/me/goal").then().body("sessionsPerWeek", is(4));
        as(patient).post("/progress/me/recommendations/" + id + "/ignore").then().statusCode(409);
        asClinician(clinician).body("{\"message\":\"only words\"}").post("/clinician/patients/" + patient + "/recommendations")
                .then().statusCode(400);
    }

    @Test
    void aRecommendationIsPublishedOnProgressPromptsSealedLikeEveryPrompt() {
        String clinician = "c-" + UUID.randomUUID();
        String patient = "p-" + UUID.randomUUID();
        String keyId = EventKeyServer.newKey();
        events.sendSealed(EventTypes.SESSION_RECORDED, patient, session(patient, UUID.randomUUID(), 1, MON, "STRENGTH", 5, 3), keyId);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(patient).get("/progress/me/export").then().body("sessions.size()", is(1)));
        share(patient, clinician, "[\"DASHBOARD\"]");
        asClinician(clinician).body("{\"routineSlug\":\"posture-strength\",\"sessionsPerWeek\":4,\"message\":\"Warm up first.\"}")
                .post("/clinician/patients/" + patient + "/recommendations").then().statusCode(201);
        String promptId = as(patient).get("/progress/me/prompts").then().extract().path("find { it.type == 'CLINICIAN_RECOMMENDATION' }.id");

        byte[] key = EventKeyServer.key(keyId);
        PromptData published = await().atMost(Duration.ofSeconds(20)).until(() -> TopicRecords.forKey(EventTypes.PROGRESS_PROMPTS_TOPIC, patient, 1,
                        Duration.ofSeconds(20)).stream()
                .filter(r -> EventTypes.PROMPT_RAISED.equals(CloudEventHeaders.value(r.headers(), CloudEventHeaders.TYPE)))
                .map(r -> EventJson.read(SealedPayload.open(r.value(), key), PromptData.class))
                .filter(p -> p.type().equals("CLINICIAN_RECOMMENDATION")).findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertEquals(UUID.fromString(promptId), published.promptId());
        assertEquals(patient, published.userId());
        assertEquals("INFO", published.severity());
        assertEquals("Your clinician has a recommendation", published.title());
        assertEquals("Routine: posture-strength. Weekly goal: 4 active days. Warm up first. Accept or ignore it under your recommendations.",
                published.message());
    }

    @Test
    void aShareIsValidatedAndBadInputChangesNothing() {
        String patient = "p-" + UUID.randomUUID();
        as(patient).body("{\"clinicianId\":\"dr\",\"expiresAt\":\"2028-01-01T00:00:00Z\",\"scope\":[\"DASHBOARD\"]}").post("/progress/me/shares")
                .then().statusCode(400).body("violations[0].field", is("expiresAt"));
        as(patient).body("{\"clinicianId\":\"dr\",\"expiresAt\":\"2026-11-01T00:00:00Z\",\"scope\":[\"DASHBOARD\"]}").post("/progress/me/shares")
                .then().statusCode(400).body("violations[0].field", is("expiresAt"));
        as(patient).body("{\"clinicianId\":\"dr\",\"expiresAt\":\"%s\",\"scope\":[]}".formatted(UNTIL)).post("/progress/me/shares")
                .then().statusCode(400);
        as(patient).body("{\"clinicianId\":\"dr\",\"expiresAt\":\"%s\",\"scope\":[\"EVERYTHING\"]}".formatted(UNTIL)).post("/progress/me/shares")
                .then().statusCode(400);
        as(patient).body("{\"clinicianId\":\"%s\",\"expiresAt\":\"%s\",\"scope\":[\"DASHBOARD\"]}".formatted(patient, UNTIL)).post("/progress/me/shares")
                .then().statusCode(400).body("violations[0].field", is("clinicianId"));
        as(patient).get("/progress/me/shares").then().body("items", hasSize(0));
        as(patient).delete("/progress/me/shares/" + UUID.randomUUID()).then().statusCode(404);
    }
}
