package org.backhabit.session;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.backhabit.localstack.auth.DevTokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.backhabit.session.Requests.newUser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Loop Habit Tracker's checkmarks CSV as an import source. */
@QuarkusTest
class LoopImportTest {

    private static RequestSpecification csvAs(String user) {
        return given().header("Authorization", "Bearer " + DevTokens.forUser(user)).contentType("text/csv");
    }

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @Test
    void eachDayCheckedByHandBecomesOneSessionAtNoonInTheGivenZone() {
        String user = newUser();
        LocalDate a = TODAY.minusDays(200);
        String csv = "Date,Value,Notes\n"
                + a + ",YES_MANUAL,\"stiff, but did it\"\n"
                + a.plusDays(1) + ",YES_AUTO,\n"
                + a.plusDays(2) + ",NO,\n"
                + a.plusDays(3) + ",2,\n"
                + a.plusDays(4) + ",SKIP,\n";
        csvAs(user).body(csv).post("/me/import?timeZone=Europe/Berlin&routineSlug=posture-strength&durationMinutes=20")
                .then().statusCode(200).body("sessionsImported", equalTo(2));
        List<String> days = Requests.as(user).get("/sessions").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].kind", equalTo("STRENGTH"))
                .body("items[0].durationMinutes", equalTo(20))
                .body("items[0].completedAt", containsString("T12:00:00"))
                .extract().path("items.localDate");
        assertEquals(List.of(a.plusDays(3).toString(), a.toString()), days);
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() {
        String user = newUser();
        String csv = TODAY.minusDays(3) + ",2\n" + TODAY.minusDays(1) + ",2\n";
        csvAs(user).body(csv).post("/me/import").then().statusCode(200).body("sessionsImported", equalTo(2));
        csvAs(user).body(csv).post("/me/import").then().statusCode(200)
                .body("sessionsImported", equalTo(0)).body("sessionsAlreadyPresent", equalTo(2));
        Requests.as(user).get("/sessions").then().body("items", hasSize(2)).body("items[0].kind", equalTo("MOBILITY"));
    }

    @Test
    void theOverallFileNeedsTheHabitNamedWhenItHasSeveral() {
        String user = newUser();
        String csv = "Date,Stretch back,Read,\n" + TODAY.minusDays(2) + ",YES_MANUAL,NO,\n" + TODAY.minusDays(1) + ",NO,YES_MANUAL,\n";
        csvAs(user).body(csv).post("/me/import").then().statusCode(400).body("violations[0].message", containsString("line 1"));
        csvAs(user).body(csv).post("/me/import?habit=Stretch back").then().statusCode(200).body("sessionsImported", equalTo(1));
        Requests.as(user).get("/sessions").then().body("items[0].localDate", equalTo(TODAY.minusDays(2).toString()));
    }

    @Test
    void aMalformedLineIsNamedAndNothingIsImported() {
        String user = newUser();
        String csv = "Date,Value\n" + TODAY.minusDays(3) + ",YES_MANUAL\n" + TODAY.minusDays(2) + ",YES_MANUAL\n" + "2026-13-45,YES_MANUAL\n";
        csvAs(user).body(csv).post("/me/import").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].message", containsString("line 4"))
                .body("violations[0].message", containsString("2026-13-45"));
        csvAs(user).body("Date,Value\n" + TODAY.minusDays(3) + ",MAYBE\n").post("/me/import").then().statusCode(400)
                .body("violations[0].message", containsString("line 2"));
        Requests.as(user).get("/sessions").then().body("items", hasSize(0));
    }

    @Test
    void badParametersAreNamed() {
        String csv = TODAY.minusDays(3) + ",2\n";
        csvAs(newUser()).body(csv).post("/me/import?timeZone=Mars/Base").then().statusCode(400).body("violations[0].field", equalTo("timeZone"));
        csvAs(newUser()).body(csv).post("/me/import?durationMinutes=0").then().statusCode(400).body("violations[0].field", equalTo("durationMinutes"));
        csvAs(newUser()).body(csv).post("/me/import?routineSlug=no-such-routine").then().statusCode(422);
    }
}
