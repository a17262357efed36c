package org.backhabit.system.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written cases in {@code src/test/resources/bad-input/*.jsonl}: one JSON object a line,
 * {@code {"endpoint": "POST_SESSION", "field": "painBefore", "change": "VALUE", "value": "4.7"}};
 * {@code value} is JSON text for {@code VALUE}, the body for {@code RAW}, the parameter's text for
 * {@code QUERY}, the header's for {@code HEADER}, the path for {@code PATH}. Lines starting with
 * {@code #} are comments.
 */
final class CorpusFiles {

    static final List<String> FILES = List.of("session.jsonl", "progress.jsonl", "notification.jsonl", "catalog.jsonl");

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusFiles() {
    }

    static List<BadCase> load() {
        List<BadCase> cases = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = CorpusFiles.class.getResourceAsStream("/bad-input/" + file);
                 BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                int number = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    number++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    JsonNode node = JSON.readTree(line);
                    cases.add(new BadCase(Endpoint.valueOf(node.get("endpoint").asText()), node.get("field").asText(),
                            BadCase.Change.valueOf(node.get("change").asText()), node.has("value") ? node.get("value").asText() : null,
                            file + ":" + number));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read corpus file " + file, e);
            }
        }
        return cases;
    }
}
