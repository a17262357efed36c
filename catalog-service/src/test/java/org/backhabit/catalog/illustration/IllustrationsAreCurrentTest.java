package org.backhabit.catalog.illustration;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The shipped SVGs are exactly what {@link ExerciseDrawings} describes (regenerate them after a change). */
class IllustrationsAreCurrentTest {

    @Test
    void everyShippedDrawingMatchesItsDescription() throws IOException {
        Map<String, String> drawings = ExerciseDrawings.all();
        for (Map.Entry<String, String> drawing : drawings.entrySet()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("seed/media/" + drawing.getKey() + ".svg")) {
                assertNotNull(in, drawing.getKey() + ".svg is not shipped");
                assertEquals(drawing.getValue(), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        drawing.getKey() + ".svg differs from ExerciseDrawings; regenerate it");
            }
        }
    }
}
