package org.backhabit.progress;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The flows (projection, history, prompt, goal, pause, dashboard, export, ...) depend on each other
 * without cycles, and domain/ stays plain Java. Read from the sources, so no Quarkus start.
 */
class PackageLayoutTest {

    private static final Path SOURCES = Path.of("src/main/java/org/backhabit/progress");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.backhabit\\.progress\\.(\\w+)\\.", Pattern.MULTILINE);

    /** package → the packages of this service it imports. */
    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(file.getParent()).toString();
                Set<String> uses = graph.computeIfAbsent(pkg, p -> new TreeSet<>());
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        uses.add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        Map<String, Set<String>> graph = dependencies();
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            findCycle(graph, start, start, new ArrayList<>(List.of(start)), cycles);
        }
        assertEquals(List.of(), cycles, "dependencies: " + graph);
    }

    @Test
    void domainIsPlainJava() throws IOException {
        List<String> framework = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES.resolve("domain"))) {
            for (Path file : files.toList()) {
                Files.readAllLines(file).stream()
                        .filter(line -> line.startsWith("import ") && !line.startsWith("import java.")
                                && !line.startsWith("import org.backhabit.events.vocabulary.") && !line.startsWith("import org.backhabit.progress.domain."))
                        .forEach(line -> framework.add(file.getFileName() + ": " + line));
            }
        }
        assertEquals(List.of(), framework);
    }

    private static void findCycle(Map<String, Set<String>> graph, String start, String at, List<String> path, List<String> cycles) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                cycles.add(String.join(" → ", path) + " → " + start);
            } else if (!path.contains(next) && next.compareTo(start) > 0) {
                path.add(next);
                findCycle(graph, start, next, path, cycles);
                path.remove(path.size() - 1);
            }
        }
    }
}
