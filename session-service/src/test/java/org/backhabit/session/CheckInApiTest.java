package org.backhabit.session;

import io.quarkus.test.junit.QuarkusTest;
import org.backhabit.events.vocabulary.RedFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static org.backhabit.session.Requests.as;
import static org.backhabit.session.Requests.hoursAgo;
import static org.backhabit.session.Requests.newUser;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class CheckInApiTest {

    @Test
    void recordsACheckInAndListsItByLocalDate() {
        String user = newUser();
        String at = hoursAgo(1);
        as(user).body("""
                        {"at":"%s","timeZone":"Europe/Berlin","painLevel":6,"areas":["NECK","SHOULDERS"],"redFlags":["NIGHT_PAIN"]}""".formatted(at))
                .post("/check-ins").then().statusCode(201)
                .body("painLevel", is(6)).body("areas", hasSize(2)).body("redFlags[0]", is("NIGHT_PAIN")).body("userId", is(user));
        String localDate = java.time.OffsetDateTime.parse(at).atZoneSameInstant(java.time.ZoneId.of("Europe/Berlin")).toLocalDate().toString();
        as(user).get("/check-ins?from=" + localDate + "&to=" + localDate).then().statusCode(200).body("items", hasSize(1));
        as(user).get("/check-ins?from=" + LocalDate.parse(localDate).plusDays(1)).then().body("items", hasSize(0));
    }

    /** Every warning sign the catalog's guidance names can be reported; the event carries it unchanged. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(RedFlag.class)
    void acceptsEveryRedFlagOfTheSharedVocabulary(RedFlag flag) {
        as(newUser()).body("""
                        {"at":"%s","timeZone":"Europe/Berlin","painLevel":5,"redFlags":["%s"]}""".formatted(hoursAgo(1), flag.name()))
                .post("/check-ins").then().statusCode(201).body("redFlags", hasItem(flag.name()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "pain above 10 | {\"at\":\"%s\",\"timeZone\":\"Europe/Berlin\",\"painLevel\":11} | painLevel",
            "pain missing | {\"at\":\"%s\",\"timeZone\":\"Europe/Berlin\"} | painLevel",
            "unknown area | {\"at\":\"%s\",\"timeZone\":\"Europe/Berlin\",\"painLevel\":3,\"areas\":[\"KNEE\"]} | areas[0]",
            "unknown red flag | {\"at\":\"%s\",\"timeZone\":\"Europe/Berlin\",\"painLevel\":3,\"redFlags\":[\"HICCUPS\"]} | redFlags[0]",
            "bad zone | {\"at\":\"%s\",\"timeZone\":\"Atlantis/Capital\",\"painLevel\":3} | timeZone",
    })
    void anInvalidCheckInIs400AndStoresNothing(String rule, String body, String field) {
        String user = newUser();
        as(user).body(body.formatted(hoursAgo(1))).post("/check-ins").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem(field));
        as(user).get("/check-ins").then().body("items", hasSize(0));
    }

    @Test
    void aCheckInInTheFutureIs400() {
        as(newUser()).body("""
                {"at":"%s","timeZone":"Europe/Berlin","painLevel":3}""".formatted(hoursAgo(-2)))
                .post("/check-ins").then().statusCode(400).body("violations[0].field", is("at"));
    }
}
