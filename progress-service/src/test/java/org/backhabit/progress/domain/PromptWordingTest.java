package org.backhabit.progress.domain;

import org.backhabit.events.vocabulary.RedFlag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every prompt has English and German words, rendered from its key and parameters alone. */
class PromptWordingTest {

    /** English words that do not occur in German text: finding one means an untranslated phrase. */
    private static final Set<String> ENGLISH_ONLY = Set.of("the", "your", "you", "and", "with", "of", "for", "this",
            "that", "from", "into", "keep", "stop", "session", "sessions", "days", "weeks", "pain", "left", "week");

    /** One of each message key the rules can raise, through the factories the rules use. */
    private static final List<PromptCandidate> EVERY_KIND = List.of(
            PromptWording.redFlagImmediate("2026-11-20:IMMEDIATE", List.of(RedFlag.NUMBNESS_OR_TINGLING, RedFlag.CHEST_PAIN)),
            PromptWording.redFlagSoon("2026-11-20:SOON", List.of(RedFlag.NIGHT_PAIN, RedFlag.ARM_WEAKNESS, RedFlag.WORSENING)),
            PromptWording.seeAClinician("2026-11-16", 6.25, 5),
            PromptWording.painAfterSession("2026-11-18"),
            PromptWording.weeklyGoalAtRisk("2026-11-16", 2, 3),
            PromptWording.weeklyGoalAtRisk("2026-11-16", 3, 1),
            PromptWording.comeback("since-2026-11-10", 10),
            PromptWording.goalMet("2026-11-16", 3),
            PromptWording.streakMilestone("streak-4:2026-11-16", 4),
            PromptWording.addStrength("2026-11-16"));

    @Test
    void everyPromptTypeAndMessageKeyIsCovered() {
        assertEquals(EnumSet.allOf(PromptType.class), EnumSet.copyOf(EVERY_KIND.stream().map(PromptCandidate::type).toList()));
        assertEquals(PromptWording.messageKeys(), EVERY_KIND.stream().map(PromptCandidate::messageKey).distinct().sorted().toList());
    }

    @Test
    void germanWordingForEveryPromptWithNoEnglishLeft() {
        List<String> untranslated = new ArrayList<>();
        for (PromptCandidate prompt : EVERY_KIND) {
            PromptWording.Text english = PromptWording.render(prompt.messageKey(), prompt.params(), "en");
            PromptWording.Text german = PromptWording.render(prompt.messageKey(), prompt.params(), "de");
            for (String[] pair : List.of(new String[] {english.title(), german.title()}, new String[] {english.message(), german.message()})) {
                if (pair[1].isBlank() || pair[0].equals(pair[1])) {
                    untranslated.add(prompt.messageKey() + ": " + pair[1]);
                }
                Arrays.stream(pair[1].toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(ENGLISH_ONLY::contains).findFirst()
                        .ifPresent(word -> untranslated.add(prompt.messageKey() + " has '" + word + "': " + pair[1]));
            }
        }
        assertEquals(List.of(), untranslated);
    }

    @Test
    void parametersAreWrittenTheWayEachLanguageWritesThem() {
        PromptCandidate clinician = PromptWording.seeAClinician("2026-11-16", 6.25, 5);
        assertTrue(PromptWording.render(clinician.messageKey(), clinician.params(), "en").message().contains("6.3 out of 10"));
        assertTrue(PromptWording.render(clinician.messageKey(), clinician.params(), "de").message().contains("6,3 von 10"));
        PromptCandidate risk = PromptWording.weeklyGoalAtRisk("2026-11-16", 1, 1);
        assertEquals("1 session left, 1 day to go", PromptWording.render(risk.messageKey(), risk.params(), "en").title());
        assertEquals("Noch 1 Einheit in 1 Tag", PromptWording.render(risk.messageKey(), risk.params(), "de").title());
        PromptCandidate flags = PromptWording.redFlagImmediate("k", List.of(RedFlag.NUMBNESS_OR_TINGLING, RedFlag.CHEST_PAIN));
        assertEquals(List.of("CHEST_PAIN", "NUMBNESS_OR_TINGLING"), flags.params().get("codes"));
        assertTrue(PromptWording.render(flags.messageKey(), flags.params(), "de").message().contains("Brustschmerzen und Taubheit oder Kribbeln"));
    }

    @Test
    void storedParametersReadBackAsOtherNumberTypesRenderTheSame() {
        PromptCandidate goal = PromptWording.goalMet("2026-11-16", 3);
        Map<String, Object> fromJson = Map.of("activeDays", 3L);
        assertEquals(PromptWording.render(goal.messageKey(), goal.params(), "de"), PromptWording.render(goal.messageKey(), fromJson, "de"));
    }

    @Test
    void otherLanguagesGetEnglishAndUnknownKeysAreRefused() {
        PromptCandidate strength = PromptWording.addStrength("2026-11-16");
        assertEquals(PromptWording.render(strength.messageKey(), strength.params(), "en"),
                PromptWording.render(strength.messageKey(), strength.params(), "fr"));
        assertEquals(strength.title(), PromptWording.render(strength.messageKey(), strength.params(), "en").title());
        assertFalse(PromptWording.knows("no-such-key"));
        assertThrows(IllegalArgumentException.class, () -> PromptWording.render("no-such-key", Map.of(), "en"));
    }

    /** Every red flag of the shared vocabulary has its words in both languages. */
    @Test
    void everyRedFlagIsWordedInBothLanguages() {
        for (RedFlag flag : RedFlag.values()) {
            assertTrue(PromptWording.RED_FLAGS_EN.containsKey(flag.name()), flag + " en");
            assertTrue(PromptWording.RED_FLAGS_DE.containsKey(flag.name()), flag + " de");
        }
    }
}
