package org.backhabit.localstack.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The running launcher writes its parts' status to {@code <data>/stack.status} every two seconds;
 * {@code ./stack status}, another process, reads it. The first line is the launcher's pid, so a
 * file left behind by a launcher that was killed is recognised as stale.
 */
final class StackStatusFile {

    private final Path file;

    StackStatusFile(Path dataDirectory) {
        this.file = dataDirectory.resolve("stack.status");
    }

    void keepWriting(Supplier<List<String>> status) {
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "stack-status");
            thread.setDaemon(true);
            return thread;
        });
        writer.scheduleWithFixedDelay(() -> write(status.get()), 0, 2, TimeUnit.SECONDS);
    }

    private void write(List<String> lines) {
        List<String> content = new ArrayList<>();
        content.add(Long.toString(ProcessHandle.current().pid()));
        content.addAll(lines);
        try {
            Path next = file.resolveSibling("stack.status.next");
            Files.write(next, content);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("[stack] cannot write " + file + ": " + e.getMessage());
        }
    }

    void print(PrintStream out) {
        List<String> lines = read();
        boolean launcherAlive = !lines.isEmpty()
                && ProcessHandle.of(Long.parseLong(lines.get(0).trim())).map(ProcessHandle::isAlive).orElse(false);
        if (!launcherAlive) {
            out.println("no stack is running (start one with ./stack)");
            return;
        }
        out.println("stack launcher pid " + lines.get(0));
        lines.subList(1, lines.size()).forEach(line -> out.println("  " + line));
    }

    private List<String> read() {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing to clean up then
        }
    }
}
