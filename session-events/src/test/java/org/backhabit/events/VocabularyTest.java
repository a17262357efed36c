package org.backhabit.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.backhabit.events.vocabulary.BodyArea;
import org.backhabit.events.vocabulary.RedFlag;
import org.backhabit.events.vocabulary.RoutineKind;
import org.backhabit.events.vocabulary.Urgency;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The event schemas enumerate exactly the shared vocabulary, so a new code cannot reach one side only. */
class VocabularyTest {

    private static JsonNode schema(String type) throws IOException {
        try (InputStream in = VocabularyTest.class.getClassLoader().getResourceAsStream("schemas/" + type + ".json")) {
            return EventJson.mapper().readTree(in);
        }
    }

    private static Set<String> enumAt(JsonNode node) {
        return StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void checkInSchemaListsEveryRedFlagAndBodyArea() throws IOException {
        JsonNode properties = schema(EventTypes.CHECKIN_RECORDED).path("properties");
        assertEquals(names(RedFlag.values()), enumAt(properties.path("redFlags").path("items").path("enum")));
        assertEquals(names(BodyArea.values()), enumAt(properties.path("areas").path("items").path("enum")));
    }

    @Test
    void sessionSchemasListEveryRoutineKind() throws IOException {
        for (String type : new String[] {EventTypes.SESSION_RECORDED, EventTypes.SESSION_CORRECTED}) {
            assertEquals(names(RoutineKind.values()), enumAt(schema(type).path("properties").path("kind").path("enum")), type);
        }
    }

    @Test
    void chestPainBreathingAndDizzinessAreTheImmediateOnes() {
        assertEquals(EnumSet.of(RedFlag.CHEST_PAIN, RedFlag.SHORTNESS_OF_BREATH, RedFlag.DIZZINESS_OR_NAUSEA), RedFlag.immediate());
        assertEquals(Urgency.SOON, RedFlag.NIGHT_PAIN.urgency());
    }
}
