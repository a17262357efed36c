package org.backhabit.session;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.events.EventKeyClient;
import org.backhabit.localstack.auth.DevTokens;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.backhabit.session.Requests.as;
import static org.backhabit.session.Requests.newUser;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** POST /internal/event-keys/lookup: a consumer's batch of keys in one call, through the client the consumers use. */
@QuarkusTest
class EventKeyLookupTest {

    private static final String SERVICE_TOKEN = DevTokens.withGroups("progress-service", "service");

    @TestHTTPResource("/")
    URI base;

    private EventKeyClient client() {
        return new EventKeyClient(base, SERVICE_TOKEN, Duration.ofSeconds(5));
    }

    @Test
    void aLookupAnswersTheKeysThatExistAndLeavesOutShreddedUnknownAndMalformedOnes() {
        String kept = newUser();
        String erased = newUser();
        EventKeyClient.Key keptKey = client().currentKeyOf(kept).orElseThrow();
        EventKeyClient.Key erasedKey = client().currentKeyOf(erased).orElseThrow();
        as(erased).delete("/me").then().statusCode(202);

        Map<String, byte[]> found = client().keys(List.of(keptKey.keyId(), erasedKey.keyId(), UUID.randomUUID().toString(), "not-a-uuid"));

        assertEquals(List.of(keptKey.keyId()), List.copyOf(found.keySet()));
        assertArrayEquals(keptKey.secret(), found.get(keptKey.keyId()));
        assertArrayEquals(client().key(keptKey.keyId()).orElseThrow().secret(), found.get(keptKey.keyId()));
    }

    @Test
    void moreKeysThanOneCallTakesAreAskedForInSeveralCalls() {
        List<String> users = Collections.nCopies(EventKeyClient.MAX_LOOKUP + 20, null).stream().map(unused -> newUser()).toList();
        List<String> keyIds = users.stream().map(user -> client().currentKeyOf(user).orElseThrow().keyId()).toList();

        assertEquals(keyIds.size(), client().keys(keyIds).size());
    }

    @Test
    void aMalformedLookupIsRefusedNamingKeyIds() {
        for (String body : List.of("{}", "{\"keyIds\":[]}", "{\"keyIds\":[\"not-a-uuid\"]}", "{\"keyIds\":[null]}",
                "{\"keyIds\":" + tooMany() + "}")) {
            given().header("Authorization", "Bearer " + SERVICE_TOKEN).contentType("application/json").body(body)
                    .post("/internal/event-keys/lookup").then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem(org.hamcrest.Matchers.startsWith("keyIds")));
        }
    }

    @Test
    void onlyServicesMayLookUpKeys() {
        String user = newUser();
        String keyId = client().currentKeyOf(user).orElseThrow().keyId();
        as(user).body("{\"keyIds\":[\"" + keyId + "\"]}").post("/internal/event-keys/lookup").then().statusCode(403);
        given().contentType("application/json").body("{\"keyIds\":[\"" + keyId + "\"]}").post("/internal/event-keys/lookup")
                .then().statusCode(401);
    }

    private static String tooMany() {
        return Collections.nCopies(EventKeyClient.MAX_LOOKUP + 1, "\"" + UUID.randomUUID() + "\"").toString();
    }
}
