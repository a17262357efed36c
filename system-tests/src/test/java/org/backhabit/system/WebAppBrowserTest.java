package org.backhabit.system;

import org.backhabit.localstack.auth.DevTokens;
import org.backhabit.localstack.infra.FreePorts;
import org.backhabit.localstack.launch.DemoHistory;
import org.backhabit.localstack.launch.LocalStack;
import org.backhabit.localstack.launch.StackSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference web app in real Chromium against the whole system (as {@code ./stack} starts it, on
 * free ports): a person signs in, plays a short routine, records it, and the dashboard's week and
 * weekly chart show it. Also takes the dashboard screenshots of web/docs/ (into
 * target/screenshots/). Skips, saying why, where Debian's chromium and chromium-driver are missing.
 */
class WebAppBrowserTest {

    private static final Duration UI_WAIT = Duration.ofSeconds(30);
    private static LocalStack stack;
    private static ChromeDriver browser;

    @BeforeAll
    static void startTheSystemAndTheBrowser() throws IOException {
        Chromium.missing().ifPresent(reason -> Assumptions.abort(reason));
        Path root = Path.of(System.getProperty("backhabit.root", "..")).toAbsolutePath().normalize();
        StackSettings settings = new StackSettings(root, Files.createTempDirectory("backhabit-browser"), FreePorts.next(), FreePorts.next(),
                FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next());
        stack = new LocalStack(settings, line -> System.out.println("[browser-test] " + line)).start();
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void signInPlayAShortRoutineRecordItAndSeeTheWeekChange() {
        signIn(DevTokens.forUser("browser-" + UUID.randomUUID()));
        assertEquals("0", byTestId("week-active-days").getText());
        assertEquals("0", thisWeeksBar().getAttribute("data-active-days"));

        browser.findElement(By.linkText("Routines")).click();
        WebElement routines = waitFor("routine-list");
        new WebDriverWait(browser, UI_WAIT).until(d -> !routines.findElements(By.cssSelector("[data-slug]")).isEmpty());
        capture("routines.png");
        routines.findElement(By.cssSelector("[data-slug='desk-break'] a")).click();
        waitFor("next-exercise");
        capture("player.png");

        // Step through every exercise (skipping the rests) to the end of the routine.
        WebDriverWait wait = new WebDriverWait(browser, UI_WAIT);
        int steps = 0;
        while (browser.findElements(By.cssSelector("[data-testid='record-session']")).isEmpty()) {
            WebElement next = wait.until(d -> d.findElements(By.cssSelector("[data-testid='next-exercise'], [data-testid='skip-rest'], [data-testid='record-session']"))
                    .stream().findFirst().orElse(null));
            if (next.getAttribute("data-testid").equals("record-session")) {
                break;
            }
            next.click();
            steps++;
        }
        assertEquals(9, steps, "five exercises and the four rests between them");

        byTestId("record-session").click();
        waitFor("pain-before").sendKeys("5");
        byTestId("pain-after").sendKeys("3");
        byTestId("save-session").click();

        new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.textToBe(By.cssSelector("[data-testid='week-active-days']"), "1"));
        assertEquals("1", thisWeeksBar().getAttribute("data-active-days"));
        assertTrue(byTestId("consistency-score").getText().matches("\\d+"));
        assertTrue(byTestId("streak-weeks").getText().matches("\\d+"));
    }

    @Test
    void aRedFlagCheckInShowsAnUrgentPromptWithWhatToDo() {
        signIn(DevTokens.forUser("flag-" + UUID.randomUUID()));
        browser.findElement(By.linkText("Check in")).click();
        waitFor("checkin-pain").sendKeys("6");
        byTestId("flag-CHEST_PAIN").click();
        byTestId("save-check-in").click();
        new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "get care"));

        browser.findElement(By.linkText("Today")).click();
        // Reload until the prompt is there; each reload is read only once the dashboard has rendered.
        WebElement prompt = new WebDriverWait(browser, Duration.ofSeconds(90), Duration.ofSeconds(2)).until(d -> {
            d.navigate().refresh();
            waitFor("week-active-days");
            return d.findElements(By.cssSelector("[data-testid='prompt'][data-severity='URGENT']")).stream().findFirst().orElse(null);
        });
        assertEquals("RED_FLAG", prompt.getAttribute("data-type"));
        assertEquals("alert", prompt.getAttribute("role"));
        assertTrue(!prompt.findElements(By.cssSelector("details li")).isEmpty(), "the warning signs and what to do are listed");
    }

    @Test
    void aGoalChangedInSettingsIsTheGoalOnTheDashboard() {
        signIn(DevTokens.forUser("settings-" + UUID.randomUUID()));
        browser.findElement(By.linkText("Settings")).click();
        new Select(waitFor("goal-days")).selectByValue("2");
        byTestId("save-goal").click();
        new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Goal saved"));

        browser.findElement(By.linkText("Today")).click();
        new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".stat.week"), "of 2 days"));
    }

    @Test
    void aReminderAndAnEmailSetInSettingsAreWhatTheNotificationServiceHolds() {
        String token = DevTokens.forUser("remind-" + UUID.randomUUID());
        signIn(token);
        browser.findElement(By.linkText("Settings")).click();
        WebElement monday = waitFor("remind-MONDAY");
        for (String day : List.of("MONDAY", "WEDNESDAY", "FRIDAY", "SATURDAY")) {
            WebElement box = byTestId("remind-" + day);
            if (box.isSelected() != day.equals("SATURDAY")) {
                box.click();
            }
        }
        assertTrue(!monday.isSelected());
        WebElement time = byTestId("remind-time");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '07:45'", time);
        byTestId("email-address").sendKeys("reminded@example.org");
        byTestId("save-reminders").click();
        new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Reminders saved"));

        given().header("Authorization", "Bearer " + token).get(stack.notificationUrl() + "/notifications/me/reminders")
                .then().statusCode(200).body("days", contains("SATURDAY")).body("localTime", is("07:45"));
        given().header("Authorization", "Bearer " + token).get(stack.notificationUrl() + "/notifications/me/email")
                .then().statusCode(200).body("address", is("reminded@example.org"));
    }

    @Test
    void dashboardScreenshotsAtPhoneAndLaptopWidth() throws IOException {
        new DemoHistory(stack.sessionUrl(), stack.progressUrl()).record();
        String token = DevTokens.forUser(DemoHistory.USER);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().header("Authorization", "Bearer " + token)
                .get(stack.progressUrl() + "/progress/me/dashboard").then().statusCode(200)
                .body("weeks.findAll { it.sessions > 0 }.size()", greaterThanOrEqualTo(6)));
        signIn(token);
        Path directory = Files.createDirectories(Path.of("target/screenshots"));
        screenshot(390, 844, true, directory.resolve("dashboard-phone.png"));
        screenshot(1280, 900, false, directory.resolve("dashboard-laptop.png"));
        assertTrue(Files.size(directory.resolve("dashboard-phone.png")) > 10_000);
    }

    private void signIn(String token) {
        browser.manage().deleteAllCookies();
        browser.get(stack.webUrl() + "/#/sign-in");
        ((JavascriptExecutor) browser).executeScript("localStorage.clear()");
        browser.navigate().refresh();
        waitFor("token-input").sendKeys(token);
        byTestId("sign-in").click();
        waitFor("week-active-days");
    }

    /** Renders the whole page at the given width (as a phone: touch, 2x pixels) and saves it. */
    private void screenshot(int width, int height, boolean mobile, Path file) throws IOException {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", mobile ? 2 : 1, "mobile", mobile));
        browser.navigate().refresh();
        waitFor("weekly-chart");
        long full = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", (int) full, "deviceScaleFactor", mobile ? 2 : 1, "mobile", mobile));
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The visible part of the page, for people looking at a run (target/screenshots/). */
    private void capture(String name) {
        try {
            Path directory = Files.createDirectories(Path.of("target/screenshots"));
            Files.write(directory.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WebElement thisWeeksBar() {
        List<WebElement> bars = byTestId("weekly-chart").findElements(By.cssSelector("rect[data-week]"));
        return bars.get(bars.size() - 1);
    }

    private WebElement waitFor(String testId) {
        return new WebDriverWait(browser, UI_WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='" + testId + "']")));
    }

    private WebElement byTestId(String testId) {
        return browser.findElement(By.cssSelector("[data-testid='" + testId + "']"));
    }
}
