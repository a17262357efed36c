package org.backhabit.system;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Debian's {@code chromium} and {@code chromium-driver}, headless, with a fresh profile and nothing
 * that phones home. Paths can be moved with CHROMIUM_BIN and CHROMEDRIVER_BIN.
 */
final class Chromium {

    static final Path BROWSER = Path.of(envOr("CHROMIUM_BIN", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(envOr("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /** Why the browser cannot run here, or empty when it can. */
    static Optional<String> missing() {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            return Optional.of("no Chromium here (" + BROWSER + ", " + DRIVER + "): apt-get install chromium chromium-driver, "
                    + "or set CHROMIUM_BIN and CHROMEDRIVER_BIN; .ci/run installs them");
        }
        return Optional.empty();
    }

    static ChromeDriver start() {
        try {
            Path profile = Files.createTempDirectory("backhabit-chromium");
            ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile()).addArguments(
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
