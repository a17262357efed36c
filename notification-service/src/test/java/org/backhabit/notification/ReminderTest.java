package org.backhabit.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.backhabit.events.EventTypes;
import org.backhabit.events.PauseData;
import org.backhabit.events.SessionData;
import org.backhabit.notification.repository.ActivityRepository;
import org.backhabit.notification.service.ReminderService;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.backhabit.notification.Requests.as;
import static org.backhabit.notification.Requests.newUser;
import static org.backhabit.notification.Requests.publish;
import static org.backhabit.notification.Requests.webhookSecret;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reminders through the whole service, time driven by the injected clock. Week of Monday
 * 2027-03-22 in Berlin; the clocks go forward on Sunday 2027-03-28. (The DST rules for Berlin and
 * New York in both directions are pinned in ReminderScheduleTest.)
 */
@QuarkusTest
class ReminderTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 22);

    @Inject
    TestClock clock;
    @Inject
    ReminderService reminders;
    @Inject
    ActivityRepository activity;

    private void at(LocalDate day, int hour, int minute) {
        clock.set(ZonedDateTime.of(day.atTime(hour, minute), BERLIN).toInstant());
        reminders.fireDue();
    }

    private static void setReminder(String user, String days, String time) {
        as(user).body("{\"days\":%s,\"localTime\":\"%s\",\"timeZone\":\"Europe/Berlin\"}".formatted(days, time))
                .put("/notifications/me/reminders").then().statusCode(200);
    }

    @Test
    void aReminderFiresAtItsLocalTimeOnlyOnChosenDays() {
        String user = newUser();
        try (HttpTarget target = HttpTarget.alwaysOk()) {
            webhookSecret(user, target.url());
            at(MONDAY, 12, 0);
            setReminder(user, "[\"WEDNESDAY\",\"FRIDAY\"]", "18:30");
            as(user).get("/notifications/me/reminders").then().statusCode(200)
                    .body("nextLocalDate", is("2027-03-24")).body("nextAt", is("2027-03-24T18:30:00+01:00"));
            at(MONDAY.plusDays(1), 18, 31);   // Tuesday: not chosen
            at(MONDAY.plusDays(2), 18, 29);   // Wednesday, a minute early
            as(user).get("/notifications/me/deliveries").then().body("items", hasSize(0));
            at(MONDAY.plusDays(2), 18, 30);
            await().atMost(Duration.ofSeconds(30)).until(() -> target.received().size() == 1);
            String body = target.received().get(0).text();
            assertTrue(body.contains("\"type\":\"reminder.due\""), body);
            assertTrue(body.contains("\"localDate\":\"2027-03-24\"") && body.contains("\"localTime\":\"18:30\""), body);
            at(MONDAY.plusDays(2), 23, 0);    // the same occurrence never fires twice
            as(user).get("/notifications/me/reminders").then().body("nextLocalDate", is("2027-03-26"));
            as(user).get("/notifications/me/deliveries").then().body("items", hasSize(1)).body("items[0].kind", is("REMINDER"));
        }
    }

    @Test
    void noReminderOnADayThePersonAlreadyExercised() {
        String user = newUser();
        try (HttpTarget target = HttpTarget.alwaysOk()) {
            webhookSecret(user, target.url());
            at(MONDAY, 8, 0);
            setReminder(user, "[\"MONDAY\",\"TUESDAY\"]", "18:30");
            LocalDate monday = MONDAY;
            publish(EventTypes.SESSION_EVENTS_TOPIC, EventTypes.SESSION_RECORDED, UUID.randomUUID(), user,
                    new SessionData(1, UUID.randomUUID(), user, 1, "desk-break", "DESK_BREAK", List.of("shoulder-rolls"),
                            OffsetDateTime.parse("2027-03-22T07:30:00+01:00"), "Europe/Berlin", monday, 8, 3, 2, 4));
            await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> activity.exercisedOn(user, monday)));
            at(MONDAY, 18, 30);
            at(MONDAY.plusDays(1), 18, 30);
            await().atMost(Duration.ofSeconds(30)).until(() -> target.received().size() == 1);
            assertTrue(target.received().get(0).text().contains("\"localDate\":\"2027-03-23\""), "only Tuesday's reminder");
        }
    }

    @Test
    void noReminderOnAPausedDay() {
        String user = newUser();
        try (HttpTarget target = HttpTarget.alwaysOk()) {
            webhookSecret(user, target.url());
            at(MONDAY, 8, 0);
            setReminder(user, "[\"MONDAY\",\"WEDNESDAY\"]", "18:30");
            UUID pause = UUID.randomUUID();
            publish(EventTypes.PROGRESS_PAUSES_TOPIC, EventTypes.PAUSE_RECORDED, pause, user,
                    new PauseData(1, pause, user, MONDAY, MONDAY.plusDays(1), "FLARE_UP", OffsetDateTime.now()));
            await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> activity.pausedOn(user, MONDAY)));
            at(MONDAY, 18, 30);
            at(MONDAY.plusDays(2), 18, 30);
            await().atMost(Duration.ofSeconds(30)).until(() -> target.received().size() == 1);
            assertTrue(target.received().get(0).text().contains("\"localDate\":\"2027-03-24\""), "only Wednesday's reminder");
        }
    }

    @Test
    void aReminderInQuietHoursWaitsForTheirEnd() {
        String user = newUser();
        try (HttpTarget target = HttpTarget.alwaysOk()) {
            webhookSecret(user, target.url());
            at(MONDAY, 8, 0);
            setReminder(user, "[\"MONDAY\"]", "22:30");
            as(user).body("{\"quietHours\":{\"from\":\"22:00\",\"to\":\"07:00\"}}").put("/notifications/me/preferences").then().statusCode(200);
            at(MONDAY, 22, 30);
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    "2027-03-23T06:00:00Z".equals(as(user).get("/notifications/me/deliveries").then().extract().path("items[0].nextAttemptAt")));
            assertEquals(0, target.received().size());
            at(MONDAY.plusDays(1), 7, 0);
            await().atMost(Duration.ofSeconds(30)).until(() -> target.received().size() == 1);
        }
    }

    @Test
    void aTimeTheClocksSkipMovesToTheNextValidMinute() {
        String user = newUser();
        at(LocalDate.of(2027, 3, 27), 12, 0);
        setReminder(user, "[\"SUNDAY\"]", "02:30");
        as(user).get("/notifications/me/reminders").then().body("nextAt", is("2027-03-28T03:00:00+02:00"));
    }
}
