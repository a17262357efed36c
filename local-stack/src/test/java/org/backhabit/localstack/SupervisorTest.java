package org.backhabit.localstack;

import org.backhabit.localstack.launch.Supervisor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launcher's supervision of one child process, with real processes. */
class SupervisorTest {

    private static Process sleeper() throws java.io.IOException {
        return new ProcessBuilder("sleep", "60").start();
    }

    @Test
    void aKilledProcessIsStartedAgainAndTheRestartIsLogged() throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        try (Supervisor supervisor = Supervisor.start("sleeper", SupervisorTest::sleeper, log::add)) {
            long first = supervisor.process().pid();
            supervisor.process().destroyForcibly();
            await().atMost(Duration.ofSeconds(10)).until(() -> supervisor.restarts() == 1 && supervisor.isRunning());
            assertNotEquals(first, supervisor.process().pid());
            assertTrue(log.stream().anyMatch(line -> line.contains("restarting in 1 s")), log.toString());
            assertTrue(log.stream().anyMatch(line -> line.contains("restart #1")), log.toString());
        }
    }

    @Test
    void repeatedDeathsBackOff() throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        try (Supervisor supervisor = Supervisor.start("quitter", () -> new ProcessBuilder("sh", "-c", "exit 3").start(), log::add)) {
            await().atMost(Duration.ofSeconds(15)).until(() -> supervisor.restarts() >= 2);
            assertTrue(log.stream().anyMatch(line -> line.contains("exited with 3; restarting in 1 s")), log.toString());
            assertTrue(log.stream().anyMatch(line -> line.contains("exited with 3; restarting in 2 s")), log.toString());
        }
    }

    @Test
    void closingStopsTheProcessForGood() throws Exception {
        Supervisor supervisor = Supervisor.start("sleeper", SupervisorTest::sleeper, line -> { });
        Process process = supervisor.process();
        supervisor.close();
        assertFalse(process.isAlive());
        assertEquals(0, supervisor.restarts());
        assertFalse(supervisor.isRunning());
    }
}
